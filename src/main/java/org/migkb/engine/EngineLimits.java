package org.migkb.engine;

import java.time.Duration;

/**
 * Bounds on one rule session, so a looping or stuck rule ends with an error instead of a hang.
 *
 * @param maxFirings rule firings allowed in one firing of the rules (the case, or one what-if)
 * @param deadline   wall-clock time allowed for the whole rule session: inserting the facts,
 *                   firing the rules and trying the what-ifs
 */
public record EngineLimits(long maxFirings, Duration deadline) {

    /** Generous for real cases: a case of 100,000 users fires a few hundred thousand rules. */
    public static final EngineLimits DEFAULT = new EngineLimits(20_000_000, Duration.ofSeconds(120));

    public EngineLimits {
        if (maxFirings <= 0) {
            throw new IllegalArgumentException("the firing limit must be positive, not " + maxFirings);
        }
        if (deadline == null || deadline.isNegative() || deadline.isZero()) {
            throw new IllegalArgumentException("the deadline must be positive, not " + deadline);
        }
    }
}
