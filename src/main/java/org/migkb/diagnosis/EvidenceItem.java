package org.migkb.diagnosis;

/**
 * One piece of evidence as reports show it.
 *
 * @param source   {@code file:line}, {@code file#record} or {@code answer:key}
 * @param supports true for evidence for the diagnosis, false against
 * @param strength symptom, weak, moderate or strong
 * @param user     the MS Mail address it concerns, or null when it concerns the whole case
 * @param rule     the rule that found it
 * @param explainedBy for a symptom a harmless cause accounts for, that cause ({@code article/cause}): the
 *                 item no longer counts; null otherwise
 */
public record EvidenceItem(String source, String text, boolean supports, String strength, String user, String rule,
                           String explainedBy) {

    /** An item that counts. */
    public EvidenceItem(String source, String text, boolean supports, String strength, String user, String rule) {
        this(source, text, supports, strength, user, rule, null);
    }
}
