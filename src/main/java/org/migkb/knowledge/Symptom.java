package org.migkb.knowledge;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A symptom of an article: usually an event (source and ID), always a sentence.
 *
 * @param eventSource the event source, e.g. {@code MSExchangeMig}, or null when not an event
 * @param eventId     the event code, or 0 when not an event
 * @param summary     the symptom in our words
 * @param strings     the names of the event's insertion strings, in order ({@code ""} skips a position),
 *                    or null; rules read them as {@code EventField} facts
 * @param text        a Java regex whose named groups find insertion strings in the message text of
 *                    exports that keep no strings (CSV, JSON, text), or null
 */
public record Symptom(String eventSource, int eventId, String summary, List<String> strings, String text) {

    /** What a field name must look like: a regex group name, so {@code strings} and {@code text} can share names. */
    static final Pattern NAME = Pattern.compile("[a-zA-Z][a-zA-Z0-9]*");

    public Symptom {
        strings = strings == null ? List.of() : strings.stream().map(s -> s == null ? "" : s.strip()).toList();
        for (String name : strings) {
            if (!name.isEmpty() && !NAME.matcher(name).matches()) {
                throw new IllegalArgumentException("insertion string name '" + name
                        + "' must be letters and digits, starting with a letter");
            }
        }
        if ((!strings.isEmpty() || text != null) && (eventSource == null || eventSource.isBlank() || eventId <= 0)) {
            throw new IllegalArgumentException("strings and text need the symptom's eventSource and eventId");
        }
        if (text != null) {
            EventStrings.compile(text); // a bad pattern fails the article file, with its line
        }
    }

    /** A symptom that declares no insertion strings. */
    public Symptom(String eventSource, int eventId, String summary) {
        this(eventSource, eventId, summary, null, null);
    }

    /** True when this symptom is an event. */
    public boolean namesEvent() {
        return eventSource != null && !eventSource.isBlank() && eventId > 0;
    }
}
