package org.migkb.ingest;

import org.migkb.facts.Provenance;

/** Where a reader puts what it reads. */
public interface FactSink {

    /** Counts one record read from the file (a row, an entry), whether or not it became a fact. */
    void record();

    /**
     * Whether an event of this source and code could become a kept fact; readers ask before
     * building the record, and skip (but count) the events nobody wants.
     */
    default boolean wantsEvent(String source, int eventId) {
        return true;
    }

    /** Keeps a fact for the rules. */
    void fact(Object fact);

    /** Reports a problem with the input at a line or record; reading goes on. */
    void warn(Provenance at, String message);
}
