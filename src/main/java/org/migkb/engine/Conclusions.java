package org.migkb.engine;

import org.migkb.facts.CollectNext;
import org.migkb.facts.Evidence;

import java.util.List;

/** What the rules concluded about one case. */
public record Conclusions(List<Evidence> evidence, List<CollectNext> collectNext, long firings) {
}
