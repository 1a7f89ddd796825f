package org.migkb.ingest;

import org.migkb.address.ProxyAddress;
import org.migkb.facts.Provenance;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Conventions of Exchange directory import/export values (Q146304, Q152854, Q156063, Q184536). */
final class DirectoryValues {

    /** The value that clears an attribute on import; in an export it means "no value". */
    static final String CLEAR = "~DEL";

    private DirectoryValues() {
    }

    /**
     * Splits a multi-valued address cell: first on {@code %} (the import format's multi-value
     * separator) except where Exchange 5.0 and later escaped it as {@code \%} inside a value
     * (Q156063 section 7.4; the escape is read as a plain {@code %}), then each piece on
     * {@code ;} where another {@code TYPE:} follows (lists edited by hand or written with
     * another MVSeparator). A cell that is {@code ~DEL} holds no value (Q152854). Only the first
     * {@link InputLimits#VALUES_PER_CELL} {@code %}-separated values are read ({@link #valuesNotRead}).
     */
    static List<String> split(String cell) {
        List<String> values = new ArrayList<>();
        if (cell.isBlank() || cell.trim().equalsIgnoreCase(CLEAR)) {
            return values;
        }
        for (String piece : splitUnescaped(cell, InputLimits.VALUES_PER_CELL)) {
            values.addAll(ProxyAddress.splitList(piece, ';'));
        }
        return values;
    }

    /**
     * Whether a piece of a multi-valued cell asks the import to remove one value
     * ({@code ~del<TYPE:value>}, Q184536) rather than naming a value the object has.
     */
    static boolean isRemoval(String piece) {
        return piece.trim().toUpperCase(Locale.ROOT).startsWith("~DEL<") || piece.trim().startsWith("~<");
    }

    /**
     * Why a name (label, value, label, value...) cannot be an Exchange object's name, being
     * longer than {@link InputLimits#NAME_CHARS}, or null when none is.
     */
    static String overLongName(String... labelsAndValues) {
        for (int i = 0; i + 1 < labelsAndValues.length; i += 2) {
            String value = labelsAndValues[i + 1];
            if (value.length() > InputLimits.NAME_CHARS) {
                return "the " + labelsAndValues[i] + " '" + Excerpt.of(value) + "' is longer than the "
                        + InputLimits.NAME_CHARS + " characters a directory name may have (-Dmigkb.maxNameChars)";
            }
        }
        return null;
    }

    /**
     * Warns when {@link #split} left values of the cell unread.
     *
     * @param values what {@code split} gave for the cell
     * @param cell   how the warning names the cell
     */
    static void warnValuesNotRead(String text, List<String> values, String cell, Provenance at, FactSink sink) {
        long notRead = values.size() < InputLimits.VALUES_PER_CELL ? 0 : valuesNotRead(text);
        if (notRead > 0) {
            sink.warn(at, cell + " holds " + (notRead + InputLimits.VALUES_PER_CELL) + " values; only the first "
                    + InputLimits.VALUES_PER_CELL + " were read (-Dmigkb.maxValuesPerCell)");
        }
    }

    /**
     * A yes/no cell such as {@code Hide from AB}: True/False, 1/0, Y/N, Yes/No in any case
     * (exports and hand-made import files write it differently); empty when it is none of them.
     */
    static Optional<Boolean> flag(String cell) {
        return switch (cell.strip().toLowerCase(Locale.ROOT)) {
            case "true", "1", "y", "yes" -> Optional.of(true);
            case "false", "0", "n", "no" -> Optional.of(false);
            default -> Optional.empty();
        };
    }

    /** A single-valued cell with {@code ~DEL} read as empty. */
    static String single(String cell) {
        return cell.trim().equalsIgnoreCase(CLEAR) ? "" : cell.trim();
    }

    /**
     * How many {@code %}-separated values of the cell {@link #split} leaves unread, being past
     * {@link InputLimits#VALUES_PER_CELL}; 0 for most cells. Counts without splitting.
     */
    static long valuesNotRead(String cell) {
        long values = 0;
        boolean inValue = false;
        for (int i = 0; i < cell.length(); i++) {
            char c = cell.charAt(i);
            if (c == '\\' && i + 1 < cell.length() && cell.charAt(i + 1) == '%') {
                i++;
                inValue = true;
            } else if (c == '%') {
                values += inValue ? 1 : 0;
                inValue = false;
            } else if (!Character.isWhitespace(c)) {
                inValue = true;
            }
        }
        values += inValue ? 1 : 0;
        return Math.max(0, values - InputLimits.VALUES_PER_CELL);
    }

    /**
     * Splits at each {@code %} not preceded by a backslash, reading {@code \%} as {@code %}; blank
     * pieces dropped; at most {@code limit} pieces.
     */
    private static List<String> splitUnescaped(String cell, int limit) {
        List<String> pieces = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (int i = 0; i < cell.length() && pieces.size() < limit; i++) {
            char c = cell.charAt(i);
            if (c == '\\' && i + 1 < cell.length() && cell.charAt(i + 1) == '%') {
                current.append('%');
                i++;
            } else if (c == '%') {
                if (!current.toString().isBlank()) {
                    pieces.add(current.toString());
                }
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        if (pieces.size() < limit && !current.toString().isBlank()) {
            pieces.add(current.toString());
        }
        return pieces;
    }
}
