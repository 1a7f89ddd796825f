package org.migkb.diagnosis;

import org.migkb.facts.Answer;

import java.util.List;

/**
 * A "what if" the engineer answered a question one way.
 *
 * @param key     the question ({@code --answer} key)
 * @param value   the value tried
 * @param answers the answers to add: the one tried, and those its question is tried with
 *                ({@code triesWith}) that are unanswered (one language alone says nothing)
 */
public record Hypothesis(String key, String value, List<Answer> answers) {
}
