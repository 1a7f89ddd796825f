package org.migkb.cli;

import org.migkb.engine.EngineLimits;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.time.Duration;

/** Bounds on the rules, for commands that run them; a limit that is not positive is a usage error. */
final class EngineOptions {

    @Spec(Spec.Target.MIXEE)
    private CommandSpec spec;

    private long maxFirings;
    private double deadlineSeconds;

    @Option(names = "--max-firings", paramLabel = "N", defaultValue = "20000000",
            description = "Stop with an error after N rule firings (default: ${DEFAULT-VALUE}).")
    void setMaxFirings(long value) {
        if (value <= 0) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--max-firings must be a positive number, not " + value);
        }
        maxFirings = value;
    }

    @Option(names = "--deadline", paramLabel = "SECONDS", defaultValue = "120",
            description = "Stop with an error when the rules run longer, even if a rule never returns (default: ${DEFAULT-VALUE}).")
    void setDeadline(double seconds) {
        if (!(seconds > 0) || Double.isInfinite(seconds) || seconds * 1000 < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--deadline must be a positive number of seconds (at least 0.001), not " + seconds);
        }
        deadlineSeconds = seconds;
    }

    EngineLimits limits() {
        return new EngineLimits(maxFirings, Duration.ofMillis(Math.round(deadlineSeconds * 1000)));
    }
}
