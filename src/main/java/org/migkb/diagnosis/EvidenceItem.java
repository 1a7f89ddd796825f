package org.migkb.diagnosis;

/**
 * One piece of evidence as reports show it.
 *
 * @param source   {@code file:line}, {@code file#record} or {@code answer:key}
 * @param supports true for evidence for the diagnosis, false against
 * @param strength symptom, weak, moderate or strong
 * @param user     the MS Mail address it concerns, or null when it concerns the whole case
 * @param rule     the rule that found it
 */
public record EvidenceItem(String source, String text, boolean supports, String strength, String user, String rule) {
}
