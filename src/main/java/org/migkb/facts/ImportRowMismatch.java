package org.migkb.facts;

/**
 * A row of a directory import or export file (CSV) whose number of fields is not the header's.
 * migkb reads such a row where a spreadsheet explains the difference, but the Exchange Directory
 * Import rejects it with event 291 ("... the import line must contain the same number of fields
 * as the header line", Q155414), so rules can match the row to that event.
 *
 * @param object    the row's Directory Name (else its alias) as written, or "" when the row has none
 * @param objectKey the object upper case, for joins with the name an event gives
 * @param expected  the header's number of fields
 * @param found     the row's number of fields
 * @param at        the row
 */
public record ImportRowMismatch(String object, String objectKey, int expected, int found, Provenance at) {
}
