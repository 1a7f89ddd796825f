package org.migkb.diagnosis;

import java.util.List;

/**
 * An event a harmless diagnosis accounts for, as reports show it.
 *
 * @param source     the event, {@code file:line} or {@code file#record}
 * @param text       why it needs no action, from the rule that explained it
 * @param candidates the other candidates ({@code article/cause}) whose symptom it no longer counts as, sorted
 * @param rule       the rule that explained it
 */
public record ExplainedItem(String source, String text, List<String> candidates, String rule) {

    public ExplainedItem {
        candidates = List.copyOf(candidates);
    }
}
