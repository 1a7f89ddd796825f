package org.migkb.facts;

/**
 * How much a piece of evidence weighs. The numbers behind each level are in
 * {@code org.migkb.diagnosis.Scoring} and docs/scoring.md.
 */
public enum Strength {
    /** The symptom itself was seen: makes the cause a candidate, proves little. */
    SYMPTOM,
    WEAK,
    MODERATE,
    STRONG
}
