package org.migkb.server;

import org.migkb.api.Diagnoser;
import org.migkb.engine.EngineLimits;
import org.migkb.engine.RuleBase;
import org.migkb.engine.RuleCache;
import org.migkb.engine.RuleCompileException;
import org.migkb.engine.RuleFolder;
import org.migkb.engine.RuleProblem;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

/**
 * Keeps the diagnoser current with the rule folders: it checks them at an interval and, when a
 * file changed, builds a new rule base off the request path and swaps it in atomically. A
 * request takes the diagnoser once, at its start, so requests in flight finish with the rules
 * they began with. Rules that fail to compile leave the previous ones in place, and the
 * problems are reported by {@code /health}.
 */
final class RuleReloader implements AutoCloseable {

    /** The rules in force and what the last reload found. */
    record State(Diagnoser diagnoser, RuleBase rules, String fingerprint, List<String> problems, long generation) {
    }

    private final List<Path> folders;
    private final EngineLimits limits;
    private final AtomicReference<State> state = new AtomicReference<>();
    private final ScheduledExecutorService watcher;

    RuleReloader(List<Path> folders, EngineLimits limits, Duration every) throws IOException, RuleCompileException {
        this.folders = List.copyOf(folders);
        this.limits = limits;
        String fingerprint = fingerprint();
        RuleBase rules = build();
        state.set(new State(Diagnoser.of(rules).withLimits(limits), rules, fingerprint, List.of(), 1));
        if (folders.isEmpty()) {
            watcher = null;
        } else {
            watcher = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "migkb-rule-reloader");
                t.setDaemon(true);
                return t;
            });
            watcher.scheduleWithFixedDelay(this::reloadIfChanged, every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    State current() {
        return state.get();
    }

    private RuleBase build() throws IOException, RuleCompileException {
        List<RuleFolder> opened = new ArrayList<>();
        for (Path folder : folders) {
            opened.add(RuleFolder.open(folder));
        }
        return RuleBase.with(opened, RuleCache.standard());
    }

    private void reloadIfChanged() {
        State before = state.get();
        try {
            String fingerprint = fingerprint();
            if (fingerprint.equals(before.fingerprint())) {
                return;
            }
            try {
                RuleBase rules = build();
                state.set(new State(Diagnoser.of(rules).withLimits(limits), rules, fingerprint, List.of(), before.generation() + 1));
            } catch (RuleCompileException e) {
                state.set(new State(before.diagnoser(), before.rules(), fingerprint,
                        e.problems().stream().map(RuleProblem::toString).toList(), before.generation()));
            }
        } catch (IOException | RuntimeException e) {
            state.set(new State(before.diagnoser(), before.rules(), before.fingerprint(), List.of(String.valueOf(e.getMessage())),
                    before.generation()));
        }
    }

    /** Names, sizes and modification times of every file in the folders: what a change alters. */
    private String fingerprint() throws IOException {
        StringBuilder print = new StringBuilder();
        for (Path folder : folders) {
            if (!Files.isDirectory(folder)) {
                throw new IOException(folder + ": not a folder");
            }
            try (Stream<Path> files = Files.walk(folder)) {
                for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                    print.append(file).append(' ').append(Files.size(file)).append(' ')
                            .append(Files.getLastModifiedTime(file).toMillis()).append('\n');
                }
            }
        }
        return print.toString();
    }

    @Override
    public void close() {
        if (watcher != null) {
            watcher.shutdownNow();
        }
    }
}
