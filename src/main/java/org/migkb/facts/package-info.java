/**
 * Facts: the small immutable records that ingest produces and the rules match on, each with
 * its provenance, plus the conclusions the rules insert ({@link org.migkb.facts.Evidence},
 * {@link org.migkb.facts.CollectNext}).
 *
 * <p>Fields that rules join on are normalised keys computed here in Java (upper-cased MS Mail
 * addresses and names), so every join in a rule is an indexed equality.
 */
package org.migkb.facts;
