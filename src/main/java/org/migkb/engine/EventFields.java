package org.migkb.engine;

import org.migkb.facts.EventField;
import org.migkb.facts.EventRecord;
import org.migkb.knowledge.ArticleLibrary;
import org.migkb.knowledge.EventStrings;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the insertion strings the articles declare out of events, whatever format the log was
 * exported in, as {@link EventField} facts: from the event's strings by position (binary, XML and
 * JSON logs keep them); else from the message Windows writes when the source's message file is
 * missing (Q221122), which lists the strings; else with the articles' {@code text} patterns over
 * the message. A name no source yields gives no field.
 */
public final class EventFields {

    /**
     * Where a message without its message file lists the strings. NT 4.0 and Exchange-era servers
     * write "It contains the following insertion string(s): a, b."; Windows 2000 to 2003 write "The
     * following information is part of the event: a, b."; Vista and later "The following
     * information was included with the event:" and one string per line.
     */
    private static final Pattern MISSING_MESSAGE = Pattern.compile(
            "could not be found|cannot be found", Pattern.CASE_INSENSITIVE);
    private static final Pattern STRINGS_FOLLOW = Pattern.compile(
            "(?:insertion\\s+string\\(?s?\\)?|information\\s+(?:is\\s+part\\s+of|was\\s+included\\s+with)\\s+the\\s+event)\\s*:",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern LINE_END = Pattern.compile("\\R");
    private static final Pattern INLINE_SEPARATOR = Pattern.compile(";\\s+|,\\s+");

    private final Map<String, EventStrings> declared;

    private EventFields(Map<String, EventStrings> declared) {
        this.declared = declared;
    }

    public static EventFields of(ArticleLibrary articles) {
        return new EventFields(articles.eventStrings());
    }

    /** True when some article declares strings for this event. */
    public boolean declares(EventRecord event) {
        return declared.containsKey(EventStrings.key(event.sourceKey(), event.eventId()));
    }

    /** The fields of every event among the facts that an article declares strings for. */
    public List<EventField> among(Collection<?> facts) {
        List<EventField> fields = new ArrayList<>();
        if (declared.isEmpty()) {
            return fields;
        }
        for (Object fact : facts) {
            if (fact instanceof EventRecord event) {
                fields.addAll(of(event));
            }
        }
        return fields;
    }

    /** The declared fields of one event, in the order the declarations name them. */
    public List<EventField> of(EventRecord event) {
        EventStrings strings = declared.get(EventStrings.key(event.sourceKey(), event.eventId()));
        if (strings == null) {
            return List.of();
        }
        Map<String, String> found = new LinkedHashMap<>();
        List<String> positional = !event.strings().isEmpty() ? event.strings() : listedInMessage(event.description());
        for (int i = 0; i < Math.min(positional.size(), strings.names().size()); i++) {
            String name = strings.names().get(i);
            if (!name.isEmpty() && !positional.get(i).isBlank()) {
                found.put(name, positional.get(i));
            }
        }
        String message = event.description() == null ? "" : event.description();
        for (EventStrings.TextPattern text : strings.texts()) {
            if (found.keySet().containsAll(text.groups())) {
                continue;
            }
            Matcher m = text.pattern().matcher(message);
            if (m.find()) {
                for (String group : text.groups()) {
                    String value = m.group(group);
                    if (value != null && !value.isBlank()) {
                        found.putIfAbsent(group, value);
                    }
                }
            }
        }
        Map<String, Integer> order = new HashMap<>();
        strings.fieldNames().forEach(n -> order.put(n, order.size()));
        return found.entrySet().stream()
                .sorted(Map.Entry.comparingByKey((a, b) -> Integer.compare(order.get(a), order.get(b))))
                .map(e -> EventField.of(event, e.getKey(), e.getValue()))
                .toList();
    }

    /**
     * The strings a "description could not be found" message lists, or none when the message is
     * another. Several lines after the marker are one string each; one line is split at "; " or
     * ", " (a string that holds ", " itself cannot be told apart there), and its final full stop
     * dropped.
     */
    static List<String> listedInMessage(String description) {
        if (description == null || !MISSING_MESSAGE.matcher(description).find()) {
            return List.of();
        }
        Matcher marker = STRINGS_FOLLOW.matcher(description);
        if (!marker.find()) {
            return List.of();
        }
        String rest = description.substring(marker.end()).strip();
        List<String> lines = LINE_END.splitAsStream(rest).map(String::strip).filter(l -> !l.isEmpty())
                .takeWhile(l -> !l.toLowerCase(java.util.Locale.ROOT).startsWith("the message resource")).toList();
        if (lines.size() > 1) {
            return lines;
        }
        if (lines.isEmpty()) {
            return List.of();
        }
        String line = lines.get(0);
        if (line.endsWith(".")) {
            line = line.substring(0, line.length() - 1);
        }
        return INLINE_SEPARATOR.splitAsStream(line).map(String::strip).toList();
    }
}
