package org.migkb.facts;

import java.util.Locale;

/**
 * One insertion string of an event, named as an article file declares it ({@code strings:} or the
 * named groups of {@code text:}), inserted with the event. Read the same way from every format:
 * the event's strings by position (binary, XML, JSON logs), else the "description could not be
 * found ... insertion string(s)" form of the message (Q221122), else the article's pattern over
 * the message text.
 *
 * @param sourceKey the event source, upper case, as {@link EventRecord#sourceKey()}
 * @param eventId   the event code
 * @param name      the declared name, e.g. {@code account}
 * @param value     the string as the event holds it, without surrounding white space
 * @param key       the value upper-cased, for indexed joins with other keys
 * @param at        the event's place: join with {@code EventRecord( at == $at )}, or cite it
 */
public record EventField(String sourceKey, int eventId, String name, String value, String key, Provenance at) {

    public static EventField of(EventRecord event, String name, String value) {
        String stripped = value.strip();
        return new EventField(event.sourceKey(), event.eventId(), name, stripped, stripped.toUpperCase(Locale.ROOT), event.at());
    }
}
