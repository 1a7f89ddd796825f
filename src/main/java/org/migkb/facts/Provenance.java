package org.migkb.facts;

/**
 * Where a fact came from: a file and a line (text formats), a file and a record number
 * (binary formats), or an answer the engineer gave.
 *
 * @param file   the file as the engineer named it (forward slashes), or {@code answer:KEY}
 * @param line   1-based line number, or 0 when the source has no lines
 * @param record 1-based record number, or 0 when the line number is the locator
 */
public record Provenance(String file, int line, long record) {

    public static Provenance ofLine(String file, int line) {
        return new Provenance(file, line, 0);
    }

    public static Provenance ofRecord(String file, long record) {
        return new Provenance(file, 0, record);
    }

    public static Provenance ofFile(String file) {
        return new Provenance(file, 0, 0);
    }

    public static Provenance ofAnswer(String key) {
        return new Provenance("answer:" + key, 0, 0);
    }

    /** The citation shown in reports: {@code file:line}, {@code file#record} or {@code file}. */
    public String cite() {
        if (line > 0) {
            return file + ":" + line;
        }
        if (record > 0) {
            return file + "#" + record;
        }
        return file;
    }

    @Override
    public String toString() {
        return cite();
    }
}
