package org.migkb.knowledge;

import java.util.List;
import java.util.Map;

/**
 * A question an article's rules may ask the engineer ({@code questions:} in the article file):
 * its answer is given as {@code --answer key=value}, in an answers file or over HTTP, and
 * reaches the rules as an {@code Answer(key, value, number, at)} fact.
 *
 * @param key       the answer key, camelCase, e.g. {@code servicePack}
 * @param ask       the question as the engineer reads it
 * @param kind      how a value is read: {@code choice}, {@code exchangeVersion}, {@code servicePack},
 *                  {@code language} or {@code text} ({@link AnswerKind})
 * @param values    choice: the canonical values
 * @param aliases   choice: other spellings, each to one of the values
 * @param pattern   text: a Java regular expression the whole value must match
 * @param tries     the values a what-if tries (docs/collect-next.md); default: the kind's
 * @param triesWith answers tried together with this one when those questions are unanswered
 *                  (a language means something only beside the other one)
 * @param effort    what answering costs: 1 from memory, 2 looked up, 3 a tool run; default 1
 */
public record Question(String key, String ask, String kind, List<String> values, Map<String, String> aliases,
                       String pattern, List<String> tries, Map<String, String> triesWith, Integer effort) {

    public List<String> values() {
        return values == null ? List.of() : values;
    }

    public Map<String, String> aliases() {
        return aliases == null ? Map.of() : aliases;
    }

    public Map<String, String> triesWith() {
        return triesWith == null ? Map.of() : triesWith;
    }

    public List<String> tries() {
        return tries == null ? List.of() : tries;
    }

    /** The effort, 1 when the article leaves it out. */
    public int effortOrDefault() {
        return effort == null ? 1 : effort;
    }
}
