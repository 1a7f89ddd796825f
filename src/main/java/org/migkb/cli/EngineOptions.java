package org.migkb.cli;

import org.migkb.engine.EngineLimits;
import picocli.CommandLine.Option;

import java.time.Duration;

/** Bounds on the rules, for commands that run them. */
final class EngineOptions {

    @Option(names = "--max-firings", paramLabel = "N",
            description = "Stop with an error after N rule firings (default: ${DEFAULT-VALUE}).", defaultValue = "20000000")
    private long maxFirings;

    @Option(names = "--deadline", paramLabel = "SECONDS",
            description = "Stop with an error when the rules run longer (default: ${DEFAULT-VALUE}).", defaultValue = "120")
    private double deadlineSeconds;

    EngineLimits limits() {
        return new EngineLimits(maxFirings, Duration.ofMillis((long) (deadlineSeconds * 1000)));
    }
}
