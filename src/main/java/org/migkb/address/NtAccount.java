package org.migkb.address;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A Windows NT account as the directory writes it: <code>DOMAIN&#92;user</code>, or a bare user name when
 * the domain is not written (the wizard's user list may leave it out, Q150438). A cell may list
 * several accounts joined by {@code %} (Q188628); the first is the primary one.
 */
public final class NtAccount {

    /**
     * An optional NetBIOS domain (at most 15 characters) and a user name; neither holds the
     * characters Windows forbids in account names, which every address, DN or list has one of.
     * {@code @} is allowed in the user part, for a user principal name.
     */
    private static final Pattern ACCOUNT = Pattern.compile(
            "(?:[^\\\\/:*?\"<>|=;,+\\[\\]@%]{1,15}\\\\)?[^\\\\/:*?\"<>|=;,+\\[\\]%]{1,104}");

    private NtAccount() {
    }

    /** The first account of a cell, stripped; "" when the cell holds none. */
    public static String first(String cell) {
        if (cell == null) {
            return "";
        }
        int percent = cell.indexOf('%');
        return (percent < 0 ? cell : cell.substring(0, percent)).strip();
    }

    /** The upper-case form joins use (NT account names are case-insensitive). */
    public static String key(String account) {
        return account.strip().toUpperCase(Locale.ROOT);
    }

    /** Whether every non-blank {@code %}-joined piece of a cell has the shape of an account. */
    public static boolean isAccountList(String cell) {
        if (cell.chars().anyMatch(c -> Character.isISOControl(c) || c == '\uFFFD')) {
            return false; // a binary value (an LDAP dump's SID) decoded as text
        }
        for (String piece : cell.split("%")) {
            if (!piece.isBlank() && !ACCOUNT.matcher(piece.strip()).matches()) {
                return false;
            }
        }
        return true;
    }
}
