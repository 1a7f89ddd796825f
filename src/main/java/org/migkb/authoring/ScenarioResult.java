package org.migkb.authoring;

import java.util.List;
import java.util.Set;

/**
 * The outcome of one scenario.
 *
 * @param name       the expectation file's name without {@code .expect.yaml}
 * @param file       the expectation file
 * @param failures   each unmet expectation, or the reason the scenario could not run; empty when it passed
 * @param firedRules the rules that fired while diagnosing its case
 */
public record ScenarioResult(String name, String file, List<String> failures, Set<String> firedRules) {

    public boolean passed() {
        return failures.isEmpty();
    }
}
