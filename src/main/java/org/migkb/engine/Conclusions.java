package org.migkb.engine;

import org.migkb.facts.CollectNext;
import org.migkb.facts.Evidence;
import org.migkb.facts.ExplainedEvent;
import org.migkb.facts.UnfoundMailbox;

import java.util.List;
import java.util.Set;

/**
 * What the rules concluded about one case.
 *
 * @param firedRules the names of the rules that fired at least once (for coverage)
 * @param unfound    the mailboxes the correlation rules tied to users but the wizard cannot find
 * @param explained  the events harmless causes account for
 */
public record Conclusions(List<Evidence> evidence, List<CollectNext> collectNext, long firings, Set<String> firedRules,
                          List<UnfoundMailbox> unfound, List<ExplainedEvent> explained) {

    public Conclusions {
        firedRules = Set.copyOf(firedRules);
        unfound = List.copyOf(unfound);
        explained = List.copyOf(explained);
    }

    /** Conclusions in which no event is explained away. */
    public Conclusions(List<Evidence> evidence, List<CollectNext> collectNext, long firings, Set<String> firedRules,
                       List<UnfoundMailbox> unfound) {
        this(evidence, collectNext, firings, firedRules, unfound, List.of());
    }

    /** Conclusions without correlation results (tests, and rule sets that derive none). */
    public Conclusions(List<Evidence> evidence, List<CollectNext> collectNext, long firings, Set<String> firedRules) {
        this(evidence, collectNext, firings, firedRules, List.of());
    }
}
