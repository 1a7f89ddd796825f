package org.migkb.diagnosis;

import org.migkb.facts.Evidence;
import org.migkb.facts.ExplainedEvent;
import org.migkb.facts.Provenance;
import org.migkb.facts.Strength;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The events harmless causes account for, by place, and which candidates' symptoms each one
 * took away: a ranking shows both, so nothing is dropped without a trace.
 */
final class ExplainedEvents {

    private static final Comparator<ExplainedEvent> ORDER = Comparator.comparing(ExplainedEvent::article)
            .thenComparing(ExplainedEvent::cause).thenComparing(ExplainedEvent::rule).thenComparing(ExplainedEvent::text);

    private final Map<Provenance, List<ExplainedEvent>> byPlace = new java.util.HashMap<>();
    /** For each place, the candidates whose symptom there was discounted. */
    private final Map<Provenance, Set<String>> discounted = new java.util.HashMap<>();

    ExplainedEvents(List<ExplainedEvent> explained) {
        for (ExplainedEvent x : explained) {
            byPlace.computeIfAbsent(x.at(), k -> new ArrayList<>()).add(x);
        }
        byPlace.values().forEach(list -> list.sort(ORDER));
    }

    /** True for a symptom at a place some harmless cause explains: it no longer counts. */
    boolean discounts(Evidence e) {
        return e.strength() == Strength.SYMPTOM && byPlace.containsKey(e.at());
    }

    /** Records that the candidate's symptoms among these items were discounted. */
    void noteDiscounted(String candidate, List<Evidence> items) {
        items.stream().filter(this::discounts)
                .forEach(e -> discounted.computeIfAbsent(e.at(), k -> new TreeSet<>()).add(candidate));
    }

    /** The cause ({@code article/cause}) that explains the place first, by article and cause. */
    String by(Provenance at) {
        List<ExplainedEvent> list = byPlace.get(at);
        return list == null ? null : list.get(0).article() + "/" + list.get(0).cause();
    }

    /** What one harmless cause explained, in the order of the places. */
    List<ExplainedItem> itemsOf(String article, String cause) {
        Comparator<Map.Entry<Provenance, ExplainedEvent>> order = Comparator
                .comparing((Map.Entry<Provenance, ExplainedEvent> e) -> e.getKey().file())
                .thenComparingInt(e -> e.getKey().line())
                .thenComparingLong(e -> e.getKey().record())
                .thenComparing(e -> e.getValue(), ORDER);
        return byPlace.entrySet().stream()
                .flatMap(entry -> entry.getValue().stream().map(x -> Map.entry(entry.getKey(), x)))
                .filter(e -> e.getValue().article().equals(article) && e.getValue().cause().equals(cause))
                .sorted(order)
                .map(e -> new ExplainedItem(e.getKey().cite(), e.getValue().text(),
                        List.copyOf(discounted.getOrDefault(e.getKey(), Set.of())), e.getValue().rule()))
                .distinct()
                .toList();
    }
}
