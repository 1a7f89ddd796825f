package org.migkb.engine;

import java.util.List;

/**
 * Conclusions for a case as it is, and for each "what if" tried on it, in the order given.
 *
 * @param actual       the conclusions for the facts as read
 * @param alternatives the conclusions with each set of extra facts added
 */
public record WhatIfConclusions(Conclusions actual, List<Conclusions> alternatives) {

    public WhatIfConclusions {
        alternatives = List.copyOf(alternatives);
    }
}
