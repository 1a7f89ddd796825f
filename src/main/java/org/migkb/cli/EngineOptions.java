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

    /** Null unless given: each command has its own defaults. */
    private Long maxFirings;
    private Duration deadline;

    @Option(names = "--max-firings", paramLabel = "N",
            description = "Stop with an error after N rule firings (default: 20000000).")
    void setMaxFirings(Long value) {
        if (value != null && value <= 0) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--max-firings must be a positive number, not " + value);
        }
        maxFirings = value;
    }

    @Option(names = "--deadline", paramLabel = "SECONDS",
            description = "Stop with an error when the rules run longer, even if a rule never returns"
                    + " (default: 120 for diagnose, 60 per request for serve).")
    void setDeadline(Double seconds) {
        if (seconds == null) {
            deadline = null;
            return;
        }
        if (!(seconds > 0) || Double.isInfinite(seconds) || seconds * 1000 < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--deadline must be a positive number of seconds (at least 0.001), not " + seconds);
        }
        deadline = Duration.ofMillis(Math.round(seconds * 1000));
    }

    /** The limits given, the defaults of {@code diagnose} for the others. */
    EngineLimits limits() {
        return limits(EngineLimits.DEFAULT);
    }

    /** The limits given, these defaults for the others. */
    EngineLimits limits(EngineLimits defaults) {
        return new EngineLimits(maxFirings == null ? defaults.maxFirings() : maxFirings,
                deadline == null ? defaults.deadline() : deadline);
    }
}
