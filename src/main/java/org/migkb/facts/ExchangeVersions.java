package org.migkb.facts;

import java.util.List;

/**
 * The Exchange versions an answer or an article can name, oldest first: the order in which a
 * fix in one version reaches the later ones.
 */
public final class ExchangeVersions {

    /** Every version migkb knows, oldest first. */
    public static final List<String> ORDER = List.of("4.0", "5.0", "5.5", "2000", "2003");

    private ExchangeVersions() {
    }

    public static boolean isKnown(String version) {
        return ORDER.contains(version);
    }

    /** Negative when {@code a} is older than {@code b}, 0 when equal, positive when newer; both must be known. */
    public static int compare(String a, String b) {
        return Integer.compare(ORDER.indexOf(a), ORDER.indexOf(b));
    }
}
