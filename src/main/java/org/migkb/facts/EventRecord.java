package org.migkb.facts;

import java.util.List;

/**
 * One entry of a Windows event log, whatever format it was exported in.
 *
 * @param source      event source as written, e.g. {@code MSExchangeMig}
 * @param sourceKey   the source upper-cased, for matching (Windows treats sources case-insensitively)
 * @param eventId     the event code (the low 16 bits of the classic event ID)
 * @param type        Error, Warning, Information, Audit Success or Audit Failure
 * @param category    the category as exported (often {@code None})
 * @param time        the date and time as the export wrote them (locale-dependent text)
 * @param computer    the computer that logged the event
 * @param description the message text; for binary logs, which store no text, the insertion strings
 *                    joined by line ends
 * @param strings     the insertion strings, where the format keeps them (binary and XML logs);
 *                    empty for text exports
 */
public record EventRecord(
        String source,
        String sourceKey,
        int eventId,
        String type,
        String category,
        String time,
        String computer,
        String user,
        String description,
        List<String> strings,
        Provenance at) {

    public EventRecord {
        strings = List.copyOf(strings);
    }
}
