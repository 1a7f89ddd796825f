package org.migkb.facts;

/**
 * A cell of a directory import or export file (CSV) exactly 255 characters long: the longest
 * value a cell of older Microsoft Excel versions keeps. A file opened and saved there loses what
 * followed (Q155414: a distribution list's Members, a long list of addresses); an export written
 * by the Exchange Administrator has no reason to stop at that length.
 *
 * @param column      the header of the cell's column, as written
 * @param object      the row's Directory Name (else its alias) as written, or ""
 * @param objectKey   the object upper case, for joins
 * @param multiValued whether the cell holds several values joined by {@code %} (a list that ran on)
 * @param at          the row
 */
public record ExcelLimitCell(String column, String object, String objectKey, boolean multiValued, Provenance at) {

    /** The cell length at which such a spreadsheet cuts. */
    public static final int LIMIT = 255;
}
