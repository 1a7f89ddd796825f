package org.migkb.engine;

import java.time.Duration;

/**
 * Bounds on one rule session, so a looping rule ends with an error instead of a hang.
 *
 * @param maxFirings rule firings allowed in one diagnosis
 * @param deadline   wall-clock time allowed for firing the rules
 */
public record EngineLimits(long maxFirings, Duration deadline) {

    /** Generous for real cases: a case of 100,000 users fires a few hundred thousand rules. */
    public static final EngineLimits DEFAULT = new EngineLimits(20_000_000, Duration.ofSeconds(120));
}
