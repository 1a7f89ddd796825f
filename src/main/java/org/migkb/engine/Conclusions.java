package org.migkb.engine;

import org.migkb.facts.CollectNext;
import org.migkb.facts.Evidence;
import org.migkb.facts.UnfoundMailbox;

import java.util.List;
import java.util.Set;

/**
 * What the rules concluded about one case.
 *
 * @param firedRules the names of the rules that fired at least once (for coverage)
 * @param unfound    the mailboxes the correlation rules tied to users but the wizard cannot find
 */
public record Conclusions(List<Evidence> evidence, List<CollectNext> collectNext, long firings, Set<String> firedRules,
                          List<UnfoundMailbox> unfound) {

    public Conclusions {
        firedRules = Set.copyOf(firedRules);
        unfound = List.copyOf(unfound);
    }

    /** Conclusions without correlation results (tests, and rule sets that derive none). */
    public Conclusions(List<Evidence> evidence, List<CollectNext> collectNext, long firings, Set<String> firedRules) {
        this(evidence, collectNext, firings, firedRules, List.of());
    }
}
