package org.migkb.diagnosis;

import java.util.List;

/**
 * One ranked explanation of the case: an article's cause, how confident migkb is in it,
 * whom it affects, the evidence both ways, and what to do.
 *
 * @param rank         1 for the most likely
 * @param status       {@code failed} when the symptom was seen (the failure happened), {@code at-risk}
 *                     when only the evidence was (the failure is ahead: preflight)
 * @param title        the cause's title, from the article file
 * @param articleTitle the article's title, from the article file
 * @param confidence   0 to 1, by the scoring rule in docs/scoring.md
 * @param affected     MS Mail addresses {@code NET/PO/MAILBOX}, upper case, sorted
 * @param steps        remedy steps, in order, from the article file
 * @param verify       how to check the remedy worked, from the article file
 * @param remedy       the kind of change the remedy makes, from the article file, or null
 * @param mailboxes    for affected users, the mailbox the correlation rules tied to each
 */
public record Diagnosis(
        int rank,
        String article,
        String cause,
        String status,
        String title,
        String articleTitle,
        double confidence,
        List<String> affected,
        List<EvidenceItem> evidence,
        List<String> steps,
        String verify,
        String remedy,
        List<MailboxTarget> mailboxes,
        List<CollectItem> collectNext) {

    public static final String FAILED = "failed";
    public static final String AT_RISK = "at-risk";

    public boolean atRisk() {
        return AT_RISK.equals(status);
    }
}
