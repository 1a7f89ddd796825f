package org.migkb.ingest;

import org.migkb.facts.Provenance;

/**
 * The warnings about the pieces of one multi-valued cell, at most
 * {@link InputLimits#WARNINGS_PER_CELL} of them listed: a cell of a million junk values is one
 * row's problem, told in a few lines and a count.
 */
final class CellWarnings {

    private final FactSink sink;
    private final Provenance at;
    private final String cell;
    private int count;

    /**
     * @param cell how the summary names the cell ("E-mail Addresses")
     */
    CellWarnings(FactSink sink, Provenance at, String cell) {
        this.sink = sink;
        this.at = at;
        this.cell = cell;
    }

    void warn(String message) {
        if (++count <= InputLimits.WARNINGS_PER_CELL) {
            sink.warn(at, message);
        }
    }

    /** Reports how many warnings about this cell were not listed, if any. */
    void finish() {
        if (count > InputLimits.WARNINGS_PER_CELL) {
            sink.warn(at, (count - InputLimits.WARNINGS_PER_CELL) + " more problems with the values of " + cell
                    + " in this row were not listed");
        }
    }
}
