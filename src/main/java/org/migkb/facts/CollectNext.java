package org.migkb.facts;

import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.rule.RuleContext;

/**
 * Something the engineer could supply that would raise or lower a candidate: an answer to a
 * question ({@code kind = answer}, key = the {@code --answer} key), a file to collect
 * ({@code kind = file}) or a check to run on the server ({@code kind = tool}). A rule inserts
 * one when the evidence it needs is absent.
 */
public record CollectNext(String article, String cause, String kind, String key, String text, String rule) {

    public static final String ANSWER = "answer";
    public static final String FILE = "file";
    public static final String TOOL = "tool";

    /**
     * Ask the engineer for {@code --answer key=...}: a key some loaded article declares under
     * {@code questions:} (checked when the rules are compiled for a literal key, else when the
     * item is concluded).
     */
    public static CollectNext answer(RuleContext ctx, String key, String text) {
        return create(ctx, ANSWER, key, text);
    }

    /** Ask the engineer to collect a file, named by a short stable key such as {@code user-list}. */
    public static CollectNext file(RuleContext ctx, String key, String text) {
        return create(ctx, FILE, key, text);
    }

    /** Ask the engineer to run a check on the server (raw properties, a command), named by a short key. */
    public static CollectNext tool(RuleContext ctx, String key, String text) {
        return create(ctx, TOOL, key, text);
    }

    private static CollectNext create(RuleContext ctx, String kind, String key, String text) {
        Rule rule = ctx.getRule();
        return new CollectNext(RuleTags.article(rule), RuleTags.cause(rule), kind, key, text, rule.getName());
    }
}
