package org.migkb.facts;

import org.kie.api.definition.rule.Rule;

/** Reads the metadata every diagnostic rule carries: {@code @article("Q...")} and {@code @cause("...")}. */
public final class RuleTags {

    public static final String ARTICLE = "article";
    public static final String CAUSE = "cause";

    private RuleTags() {
    }

    public static String article(Rule rule) {
        return required(rule, ARTICLE);
    }

    public static String cause(Rule rule) {
        return required(rule, CAUSE);
    }

    private static String required(Rule rule, String key) {
        Object value = rule.getMetaData().get(key);
        if (value == null || value.toString().isBlank()) {
            throw new IllegalStateException("rule '" + rule.getName() + "' has no @" + key + " metadata");
        }
        return value.toString();
    }
}
