package org.migkb.ingest;

/**
 * Which events a case needs, asked by the event readers before they build a record: most events
 * of a large log are noise no rule can use, and building them costs more than reading them.
 * Files are read in parallel, so a filter is asked from several threads at once.
 */
@FunctionalInterface
public interface EventFilter {

    /** Keeps every event. */
    EventFilter ALL = (source, eventId) -> true;

    /**
     * @param source  the event source as written (compared without regard to case)
     * @param eventId the event code, the low 16 bits of the classic event ID
     */
    boolean wants(String source, int eventId);
}
