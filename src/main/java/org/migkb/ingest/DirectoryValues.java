package org.migkb.ingest;

import org.migkb.address.ProxyAddress;

import java.util.ArrayList;
import java.util.List;

/** Conventions of Exchange directory import/export values (Q146304, Q152854). */
final class DirectoryValues {

    /** The value that clears an attribute on import; in an export it means "no value". */
    static final String CLEAR = "~DEL";

    private DirectoryValues() {
    }

    /**
     * Splits a multi-valued address cell: first on {@code %} (the import format's multi-value
     * separator), then each piece on {@code ;} where another {@code TYPE:} follows (lists edited
     * by hand or written with another MVSeparator).
     */
    static List<String> split(String cell) {
        List<String> values = new ArrayList<>();
        if (cell.isBlank() || cell.trim().equalsIgnoreCase(CLEAR)) {
            return values;
        }
        for (String piece : ProxyAddress.splitList(cell, '%')) {
            values.addAll(ProxyAddress.splitList(piece, ';'));
        }
        return values;
    }

    /** A single-valued cell with {@code ~DEL} read as empty. */
    static String single(String cell) {
        return cell.trim().equalsIgnoreCase(CLEAR) ? "" : cell.trim();
    }
}
