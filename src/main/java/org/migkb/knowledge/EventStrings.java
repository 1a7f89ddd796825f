package org.migkb.knowledge;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * What the loaded articles declare about one event's insertion strings, merged over every
 * article that names the event: the name of each position ({@code strings}) and the patterns
 * that find them in message text ({@code text}), in article order.
 *
 * @param sourceKey the event source, upper case
 * @param eventId   the event code
 * @param names     the name of each position, {@code ""} where no article names it
 * @param texts     the patterns, each with the names of its groups
 */
public record EventStrings(String sourceKey, int eventId, List<String> names, List<TextPattern> texts) {

    private static final Pattern GROUP = Pattern.compile("(?<!\\\\)(?:\\\\\\\\)*\\(\\?<([a-zA-Z][a-zA-Z0-9]*)>");

    /** A {@code text} pattern and the names of its groups, in order. */
    public record TextPattern(Pattern pattern, List<String> groups, String article) {
    }

    /** The pattern as articles' {@code text} is read: found anywhere, across lines, case ignored. */
    static Pattern compile(String regex) {
        try {
            Pattern pattern = Pattern.compile(regex, Pattern.DOTALL | Pattern.CASE_INSENSITIVE);
            if (groupNames(regex).isEmpty()) {
                throw new IllegalArgumentException("text pattern has no named group (?<name>...): nothing to read");
            }
            return pattern;
        } catch (PatternSyntaxException e) {
            throw new IllegalArgumentException("text is not a valid Java regex: "
                    + e.getDescription() + " near index " + e.getIndex() + " of " + e.getPattern());
        }
    }

    /** Named groups as written in the pattern (Java 17 has no API for them). */
    static List<String> groupNames(String regex) {
        Set<String> names = new LinkedHashSet<>();
        Matcher m = GROUP.matcher(regex);
        while (m.find()) {
            names.add(m.group(1));
        }
        return List.copyOf(names);
    }

    /** Every name this event's declarations give: positions first, then the patterns' groups. */
    public List<String> fieldNames() {
        Set<String> all = new LinkedHashSet<>();
        names.stream().filter(n -> !n.isEmpty()).forEach(all::add);
        texts.forEach(t -> all.addAll(t.groups()));
        return List.copyOf(all);
    }

    /** Map key for an event: {@code SOURCEKEY id}. */
    public static String key(String sourceKey, int eventId) {
        return sourceKey + " " + eventId;
    }

    /**
     * Merges the declarations of the articles, ordered by id.
     *
     * @throws IllegalArgumentException when two articles give one position of an event different
     *                                  names, naming both article files
     */
    static Map<String, EventStrings> of(Collection<Article> articles) {
        Map<String, List<String>> names = new TreeMap<>();
        Map<String, List<String>> namedBy = new TreeMap<>();
        Map<String, List<TextPattern>> texts = new TreeMap<>();
        for (Article article : articles) {
            for (Symptom symptom : article.symptoms() == null ? List.<Symptom>of() : article.symptoms()) {
                if (!symptom.namesEvent() || (symptom.strings().isEmpty() && symptom.text() == null)) {
                    continue;
                }
                String key = key(symptom.eventSource().strip().toUpperCase(Locale.ROOT), symptom.eventId());
                List<String> merged = names.computeIfAbsent(key, k -> new ArrayList<>());
                List<String> by = namedBy.computeIfAbsent(key, k -> new ArrayList<>());
                for (int i = 0; i < symptom.strings().size(); i++) {
                    String name = symptom.strings().get(i);
                    while (merged.size() <= i) {
                        merged.add("");
                        by.add("");
                    }
                    if (name.isEmpty()) {
                        continue;
                    }
                    if (merged.get(i).isEmpty()) {
                        merged.set(i, name);
                        by.set(i, article.id());
                    } else if (!merged.get(i).equals(name)) {
                        throw new IllegalArgumentException(by.get(i) + ".yaml and " + article.id() + ".yaml name insertion string "
                                + (i + 1) + " of event " + symptom.eventId() + " from " + symptom.eventSource() + " differently ('"
                                + merged.get(i) + "' and '" + name + "'); use one name");
                    }
                }
                if (symptom.text() != null) {
                    texts.computeIfAbsent(key, k -> new ArrayList<>()).add(
                            new TextPattern(compile(symptom.text()), groupNames(symptom.text()), article.id()));
                }
            }
        }
        Map<String, EventStrings> declared = new TreeMap<>();
        names.forEach((key, list) -> {
            List<String> named = list.stream().filter(n -> !n.isEmpty()).toList();
            if (named.size() != Set.copyOf(named).size()) {
                throw new IllegalArgumentException(String.join(".yaml, ", new java.util.TreeSet<>(namedBy.get(key)).stream()
                        .filter(a -> !a.isEmpty()).toList()) + ".yaml: one name for two insertion strings of event " + key
                        + ": " + list);
            }
            int space = key.lastIndexOf(' ');
            declared.put(key, new EventStrings(key.substring(0, space), Integer.parseInt(key.substring(space + 1)),
                    List.copyOf(list), List.copyOf(texts.getOrDefault(key, List.of()))));
        });
        return Collections.unmodifiableMap(declared);
    }
}
