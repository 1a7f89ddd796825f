package org.migkb.ingest;

import org.migkb.facts.Provenance;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/**
 * How many fields the non-blank rows of a delimited file have, header and preamble included.
 * A spreadsheet pads every row it saves with the same trailing separators, so a count that
 * most rows share shows padding; a count one row alone has shows a separator inside a value.
 * Read in a pass of its own, over the file re-opened, and only when a row must be judged.
 */
final class RowWidths {

    /** Nothing known about the file: no count is shared by most rows. */
    static final RowWidths UNKNOWN = new RowWidths(Map.of(), 0);

    private final Map<Integer, Integer> rowsByWidth;
    private final int rows;

    private RowWidths(Map<Integer, Integer> rowsByWidth, int rows) {
        this.rowsByWidth = rowsByWidth;
        this.rows = rows;
    }

    /**
     * Counts the rows of a file by width, streaming. The rows before malformed CSV are counted;
     * the reading pass warns about it, so this pass says nothing. A file that cannot be read
     * again is {@link #UNKNOWN}, which judges every padded row as shifted.
     */
    static RowWidths measure(InputSource source, TextEncoding encoding, char separator) {
        Map<Integer, Integer> counts = new HashMap<>();
        int[] rows = {0};
        try {
            CsvRows.forEachRow(source, encoding, separator, source.name(), SILENT, row -> {
                counts.merge(row.fields().size(), 1, Integer::sum);
                rows[0]++;
                return true;
            });
        } catch (IOException e) {
            return UNKNOWN;
        }
        return new RowWidths(Map.copyOf(counts), rows[0]);
    }

    /** Whether more than half of the file's rows have {@code width} fields. */
    boolean mostRowsHave(int width) {
        return 2 * rowsByWidth.getOrDefault(width, 0) > rows;
    }

    private static final FactSink SILENT = new FactSink() {
        @Override
        public void record() {
        }

        @Override
        public void fact(Object fact) {
        }

        @Override
        public void warn(Provenance at, String message) {
        }
    };
}
