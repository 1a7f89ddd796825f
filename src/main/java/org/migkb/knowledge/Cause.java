package org.migkb.knowledge;

import java.util.List;

/**
 * A cause an article documents, and what to do about it.
 *
 * @param id          stable identifier, e.g. {@code csv-migrate-proxy-removed}
 * @param title       one line naming the cause
 * @param explanation why it produces the symptom, in our words
 * @param steps       remedy steps in the order to take them
 * @param verify      how to check the remedy worked
 * @param remedy      what kind of change the remedy makes, when migkb can prepare it: {@link #ADD_MIGRATE_PROXY}
 *                    (reports then write an import file that adds the proxies); null otherwise
 * @param fixedIn     the version and service pack that fixed the cause, or null (rules then see a {@code FixStatus})
 * @param affects     the versions that have the fault; null or empty when the article does not say
 * @param verdict     {@link #FAILURE} (the default) or {@link #HARMLESS}: the symptom needs no action
 */
public record Cause(String id, String title, String explanation, List<String> steps, String verify, String remedy,
                    FixedIn fixedIn, List<String> affects, String verdict) {

    /** The cause makes the migration fail: the default verdict. */
    public static final String FAILURE = "failure";
    /** The cause's symptom is expected and needs no action; it explains the event away. */
    public static final String HARMLESS = "harmless";

    public Cause {
        verdict = verdict == null ? FAILURE : verdict;
    }

    public boolean harmless() {
        return HARMLESS.equals(verdict);
    }

    /**
     * Where the fault was fixed: the first service pack of a version with the fix.
     *
     * @param servicePack 0 for the release itself
     */
    public record FixedIn(String exchangeVersion, Integer servicePack) {
    }

    public List<String> affects() {
        return affects == null ? List.of() : affects;
    }

    /** The remedy adds {@code migrate:MS:NET/PO/MAILBOX} to each affected user's mailbox. */
    public static final String ADD_MIGRATE_PROXY = "add-migrate-proxy";
}
