package org.migkb.engine;

import org.migkb.facts.CollectNext;
import org.migkb.facts.Evidence;

import java.util.List;
import java.util.Set;

/**
 * What the rules concluded about one case.
 *
 * @param firedRules the names of the rules that fired at least once (for coverage)
 */
public record Conclusions(List<Evidence> evidence, List<CollectNext> collectNext, long firings, Set<String> firedRules) {

    public Conclusions {
        firedRules = Set.copyOf(firedRules);
    }
}
