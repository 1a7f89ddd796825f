package org.migkb.facts;

import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.rule.RuleContext;

/**
 * A harmless cause accounts for the event at {@code at}: other candidates' symptom evidence at that
 * place no longer counts (docs/scoring.md). A rule of a cause whose verdict is {@code harmless}
 * creates it with {@link #by}, which takes the article and cause from the rule's metadata.
 *
 * @param at   the event explained (its {@link EventRecord#at()})
 * @param text why the event needs no action
 * @param rule the name of the rule that explained it
 */
public record ExplainedEvent(String article, String cause, Provenance at, String text, String rule) {

    public static ExplainedEvent by(RuleContext ctx, Provenance at, String text) {
        Rule rule = ctx.getRule();
        return new ExplainedEvent(RuleTags.article(rule), RuleTags.cause(rule), at, text, rule.getName());
    }
}
