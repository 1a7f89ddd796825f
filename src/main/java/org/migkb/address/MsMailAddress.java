package org.migkb.address;

import java.util.Locale;
import java.util.Optional;

/**
 * An MS Mail address {@code NETWORK/POSTOFFICE/MAILBOX}. MS Mail names are case-insensitive;
 * {@link #key()} is the upper-case form every join uses.
 */
public record MsMailAddress(String network, String postoffice, String mailbox) {

    /**
     * Reads {@code NET/PO/MAILBOX} (surrounding blanks ignored). MS Mail itself limits each part
     * to 10 letters or digits; real directories hold longer or punctuated names after edits, so
     * this only requires three non-empty parts without blanks inside.
     */
    public static Optional<MsMailAddress> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String[] parts = text.trim().split("/", -1);
        if (parts.length != 3) {
            return Optional.empty();
        }
        for (String part : parts) {
            if (part.isEmpty() || part.chars().anyMatch(Character::isWhitespace)) {
                return Optional.empty();
            }
        }
        return Optional.of(new MsMailAddress(parts[0], parts[1], parts[2]));
    }

    /** {@code NET/PO/MAILBOX} in upper case. */
    public String key() {
        return (network + "/" + postoffice + "/" + mailbox).toUpperCase(Locale.ROOT);
    }

    /** The postoffice part {@code NET/PO} in upper case. */
    public String postofficeKey() {
        return (network + "/" + postoffice).toUpperCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return network + "/" + postoffice + "/" + mailbox;
    }
}
