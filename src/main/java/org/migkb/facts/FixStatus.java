package org.migkb.facts;

/**
 * Whether the engineer's {@code exchangeVersion} and {@code servicePack} answers put the server
 * before or after the fix an article names for a cause ({@code fixedIn} in the article file), or
 * outside the versions it affects ({@code affects}). There is no such fact while the answers
 * leave it open. Derived from {@link FixedIn} and the answers; rules use it instead of comparing
 * version literals.
 *
 * @param state {@link #FIXED}, {@link #UNFIXED} or {@link #UNAFFECTED}
 * @param at    the answer that decided it
 */
public record FixStatus(String article, String cause, String state, Provenance at) {

    /** The server runs the version and service pack with the fix, or a later one. */
    public static final String FIXED = "fixed";
    /** The server runs an affected version before the fix. */
    public static final String UNFIXED = "unfixed";
    /** The server runs a version the cause's {@code affects} list leaves out. */
    public static final String UNAFFECTED = "unaffected";
}
