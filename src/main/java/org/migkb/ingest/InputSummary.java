package org.migkb.ingest;

import java.util.List;

/**
 * What was read from one file.
 *
 * @param path     the file as citations name it
 * @param format   the format recognised ({@code unknown} or {@code empty} when none,
 *                 {@code skipped} for an entry not opened at all)
 * @param encoding the text encoding used, or null for binary formats and unread files
 * @param records  records read (rows, entries), including those that became no fact
 * @param facts    facts kept for the rules
 * @param warnings problems found, each with its line or record
 */
public record InputSummary(String path, String format, String encoding, long records, long facts,
                           List<InputWarning> warnings) {
}
