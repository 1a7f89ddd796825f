package org.migkb.address;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A proxy (e-mail) address {@code TYPE:value}, such as {@code SMTP:user@example.com},
 * {@code MS:NET/PO/USER} or the Migration Wizard's {@code migrate:MS:NET/PO/USER}. Types
 * compare case-insensitively. Whether an address is primary is not a property of the text: in
 * an Exchange 5.5 export the column it stands in decides; only Active Directory's
 * {@code proxyAddresses} marks the primary by a type in capitals ({@link #typeInCapitals}).
 *
 * @param type    the type upper case
 * @param value   everything after the first colon, as written
 * @param written the address exactly as written (blanks around it removed)
 */
public record ProxyAddress(String type, String value, String written) {

    /** Longest address type accepted (X400, CCMAIL, MS, migrate, NOTES...). */
    private static final int MAX_TYPE_LENGTH = 16;

    /**
     * Where the colon after an address type stands in {@code text} (after leading blanks): the
     * type is a letter, then letters, digits or hyphens. -1 when there is no such prefix.
     */
    private static int typeColon(String text) {
        int start = 0;
        while (start < text.length() && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        for (int i = start; i < text.length() && i - start <= MAX_TYPE_LENGTH; i++) {
            char c = text.charAt(i);
            if (c == ':') {
                return i > start ? i : -1;
            }
            boolean letter = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
            if (!(letter || (i > start && ((c >= '0' && c <= '9') || c == '-')))) {
                return -1;
            }
        }
        return -1;
    }

    /** Reads one {@code TYPE:value}; empty when there is no type prefix or no value. */
    public static Optional<ProxyAddress> parse(String text) {
        if (text == null || typeColon(text) < 0) {
            return Optional.empty();
        }
        String trimmed = text.trim();
        int colon = trimmed.indexOf(':');
        String typeAsWritten = trimmed.substring(0, colon);
        String value = trimmed.substring(colon + 1).trim();
        if (value.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new ProxyAddress(typeAsWritten.toUpperCase(Locale.ROOT), value, trimmed));
    }

    /**
     * Whether the type was written in capitals: Active Directory's mark of the primary address
     * of its type in {@code proxyAddresses}. Elsewhere it means nothing (a 5.5 import file may
     * write secondaries as {@code SMTP:...}, Q155594, Q291086).
     */
    public boolean typeInCapitals() {
        String typeAsWritten = written.substring(0, written.indexOf(':'));
        return typeAsWritten.equals(typeAsWritten.toUpperCase(Locale.ROOT));
    }

    /** Whether both name the same address: same type (in any case), same value ignoring case. */
    public boolean sameAddress(ProxyAddress other) {
        return type.equals(other.type()) && value.equalsIgnoreCase(other.value());
    }

    /**
     * Splits a multi-valued address field. With {@code %} (the directory import's multi-value
     * separator) every separator splits. With {@code ;} only a separator followed by another
     * {@code TYPE:} splits, because X.400 addresses use {@code ;} inside themselves
     * ({@code X400:c=US;a= ;p=Org;o=Site;s=User;}). Blank pieces are dropped.
     */
    public static List<String> splitList(String field, char separator) {
        List<String> pieces = new ArrayList<>();
        if (field == null || field.isBlank()) {
            return pieces;
        }
        if (field.indexOf(separator) < 0) { // one value, the common case
            pieces.add(field.trim());
            return pieces;
        }
        StringBuilder current = new StringBuilder();
        for (String piece : splitAt(field, separator)) {
            boolean startsNew = separator != ';' || typeColon(piece) >= 0;
            if (startsNew && current.length() > 0) {
                pieces.add(current.toString().trim());
                current.setLength(0);
            } else if (current.length() > 0) {
                current.append(separator);
            }
            current.append(piece);
        }
        if (!current.toString().isBlank()) {
            pieces.add(current.toString().trim());
        }
        pieces.removeIf(String::isBlank);
        return pieces;
    }

    /** Splits at every occurrence of a character, keeping empty pieces (no regular expression involved). */
    public static List<String> splitAt(String text, char separator) {
        List<String> pieces = new ArrayList<>();
        int from = 0;
        for (int at = text.indexOf(separator); at >= 0; at = text.indexOf(separator, from)) {
            pieces.add(text.substring(from, at));
            from = at + 1;
        }
        pieces.add(text.substring(from));
        return pieces;
    }

    /**
     * The MS Mail address this proxy stands for: the value of an {@code MS:} address, or the
     * inner address of a {@code migrate:MS:...} proxy.
     */
    public Optional<MsMailAddress> msMailAddress() {
        if (type.equals("MS")) {
            return MsMailAddress.parse(value);
        }
        if (type.equals("MIGRATE")) {
            return parse(value).filter(inner -> inner.type().equals("MS")).flatMap(ProxyAddress::msMailAddress);
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        return written;
    }
}
