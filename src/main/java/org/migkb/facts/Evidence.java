package org.migkb.facts;

import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.rule.RuleContext;

/**
 * A conclusion a rule draws about one candidate cause: evidence for or against it, about
 * one user or about the whole case. Rules create it with the factory methods, which take the
 * article and cause from the firing rule's {@code @article} and {@code @cause} metadata so
 * that a rule cannot file evidence under a cause other than the one it declares.
 *
 * @param user     the MS Mail address {@code NET/PO/MAILBOX} this is about, or null for the case
 * @param supports true for evidence for the cause, false for evidence against it
 * @param at       where the evidence was found
 * @param rule     the name of the rule that drew it
 */
public record Evidence(
        String article,
        String cause,
        String user,
        boolean supports,
        Strength strength,
        Provenance at,
        String text,
        String rule) {

    /** The symptom of the rule's cause was seen at {@code at}. */
    public static Evidence symptom(RuleContext ctx, Provenance at, String text) {
        return create(ctx, null, true, Strength.SYMPTOM, at, text);
    }

    /** Evidence for the rule's cause, about one user (or the case when user is null). */
    public static Evidence supporting(RuleContext ctx, Strength strength, String user, Provenance at, String text) {
        return create(ctx, user, true, strength, at, text);
    }

    /** Evidence against the rule's cause, about one user (or the case when user is null). */
    public static Evidence against(RuleContext ctx, Strength strength, String user, Provenance at, String text) {
        if (strength == Strength.SYMPTOM) {
            throw new IllegalArgumentException("a symptom cannot count against a cause");
        }
        return create(ctx, user, false, strength, at, text);
    }

    private static Evidence create(RuleContext ctx, String user, boolean supports, Strength strength,
                                   Provenance at, String text) {
        Rule rule = ctx.getRule();
        return new Evidence(RuleTags.article(rule), RuleTags.cause(rule), user, supports, strength,
                at, text, rule.getName());
    }
}
