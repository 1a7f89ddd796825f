package org.migkb.diagnosis;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/**
 * One ranked explanation of the case: an article's cause, how confident migkb is in it,
 * whom it affects, the evidence both ways, and what to do.
 *
 * @param rank         1 for the most likely
 * @param status       {@code failed} when the symptom was seen (the failure happened), {@code at-risk}
 *                     when only the evidence was (the failure is ahead: preflight), {@code harmless} when
 *                     the symptom of a cause whose verdict is harmless was seen (no action needed)
 * @param title        the cause's title, from the article file
 * @param articleTitle the article's title, from the article file
 * @param confidence   0 to 1, by the scoring rule in docs/scoring.md
 * @param affected     MS Mail addresses {@code NET/PO/MAILBOX}, upper case, sorted
 * @param steps        remedy steps, in order, from the article file
 * @param verify       how to check the remedy worked, from the article file
 * @param remedy       the kind of change the remedy makes, from the article file, or null
 * @param mailboxes    for affected users, the mailbox the correlation rules tied to each
 * @param explains     for a harmless diagnosis, the events it accounts for and the candidates whose
 *                     symptom they no longer count as; empty otherwise (and left out of JSON)
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
        List<CollectItem> collectNext,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<ExplainedItem> explains) {

    public static final String FAILED = "failed";
    public static final String AT_RISK = "at-risk";
    public static final String HARMLESS = "harmless";

    public Diagnosis {
        explains = explains == null ? List.of() : List.copyOf(explains);
    }

    public boolean atRisk() {
        return AT_RISK.equals(status);
    }

    public boolean harmless() {
        return HARMLESS.equals(status);
    }

    /** Where the status ranks: failures first, then risks, then harmless findings. */
    public int statusOrder() {
        return switch (status) {
            case FAILED -> 0;
            case AT_RISK -> 1;
            default -> 2;
        };
    }

    /** This diagnosis at its rank, with the events it explains. */
    public Diagnosis ranked(int newRank, List<ExplainedItem> newExplains) {
        return new Diagnosis(newRank, article, cause, status, title, articleTitle, confidence, affected, evidence, steps,
                verify, remedy, mailboxes, collectNext, newExplains);
    }
}
