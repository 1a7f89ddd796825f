package org.migkb.cli;

import org.migkb.engine.RuleCompileException;
import org.migkb.server.MigkbServer;
import org.migkb.server.ServerSettings;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

/** {@code migkb serve}: the HTTP service and web page. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serves the diagnosis over HTTP (POST /api/v1/diagnoses, the same JSON as diagnose --format json),"
                + " the articles and rules, an OpenAPI document at /openapi.json, and a web page at /."})
public final class ServeCommand implements Callable<Integer> {

    @Option(names = "--port", paramLabel = "N", defaultValue = "8080", description = "Port (default: ${DEFAULT-VALUE}; 0 picks one).")
    private int port;

    @Option(names = "--bind", paramLabel = "ADDR", defaultValue = "127.0.0.1",
            description = "Address to listen on (default: ${DEFAULT-VALUE}, this machine only).")
    private String bind;

    @Option(names = "--rules", paramLabel = "DIR",
            description = "A rule folder to add; repeatable (and MIGKB_RULES). Reloaded when its files change.")
    private List<Path> ruleFolders = new ArrayList<>();

    @Option(names = "--max-request-mb", paramLabel = "MB", defaultValue = "64", description = "Largest request (default: ${DEFAULT-VALUE}).")
    private long maxRequestMb;

    @Option(names = "--max-files", paramLabel = "N", defaultValue = "200", description = "Most files per request (default: ${DEFAULT-VALUE}).")
    private int maxFiles;

    @Option(names = "--max-facts", paramLabel = "N", defaultValue = "" + ServerSettings.DEFAULT_MAX_FACTS,
            description = "Most facts (rows, directory objects, addresses, events kept) in one request; more gets 413"
                    + " (default: ${DEFAULT-VALUE}).")
    private long maxFacts;

    @Option(names = "--max-concurrent", paramLabel = "N",
            description = "Diagnoses run at once; more wait in the queue (default: one per two cores, at least one).")
    private Integer maxConcurrent;

    @Option(names = "--max-queued", paramLabel = "N", defaultValue = "" + ServerSettings.DEFAULT_MAX_QUEUED,
            description = "Diagnoses that may wait for a place; more get 503 with Retry-After (default: ${DEFAULT-VALUE}).")
    private int maxQueued;

    @Option(names = "--max-stuck", paramLabel = "N", defaultValue = "" + ServerSettings.DEFAULT_MAX_STUCK,
            description = "Rule threads abandoned at the deadline and still running at which new diagnoses get 503"
                    + " (default: ${DEFAULT-VALUE}).")
    private int maxStuck;

    @Option(names = "--idle-timeout-s", paramLabel = "S", defaultValue = "" + 30,
            description = "Seconds a connection may send nothing (headers or body) before it is closed (default: ${DEFAULT-VALUE}).")
    private long idleTimeoutSeconds;

    @Option(names = "--min-body-rate", paramLabel = "BYTES_PER_S", defaultValue = "" + ServerSettings.DEFAULT_MIN_BODY_BYTES_PER_SECOND,
            description = "Slowest a request body may arrive; slower gets 408 and the connection is closed; 0 turns the check off"
                    + " (default: ${DEFAULT-VALUE}).")
    private long minBodyRate;

    @Mixin
    private EngineOptions engine;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        int concurrent = maxConcurrent == null ? ServerSettings.DEFAULT_MAX_CONCURRENT : maxConcurrent;
        positive("--max-request-mb", maxRequestMb);
        positive("--max-files", maxFiles);
        positive("--max-facts", maxFacts);
        positive("--max-concurrent", concurrent);
        positive("--max-stuck", maxStuck);
        positive("--idle-timeout-s", idleTimeoutSeconds);
        if (minBodyRate < 0) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--min-body-rate must be 0 or more, not " + minBodyRate);
        }
        if (maxQueued < 0) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--max-queued must be 0 or more, not " + maxQueued);
        }
        ServerSettings settings = ServerSettings.defaults().withBind(bind).withPort(port)
                .withLimits(maxRequestMb * 1024 * 1024, maxFiles)
                .withEngineLimits(engine.limits(ServerSettings.defaults().limits()))
                .withDiagnosisLimits(concurrent, maxQueued, maxFacts, maxStuck)
                .withTimeouts(Duration.ofSeconds(idleTimeoutSeconds), minBodyRate)
                .withRuleFolders(RuleFolders.named(ruleFolders), Duration.ofSeconds(2));
        MigkbServer server;
        try {
            server = MigkbServer.start(settings);
        } catch (RuleCompileException | IOException e) {
            CaseInputs.explain(e, err);
            return DiagnoseCommand.UNUSABLE;
        }
        out.println("migkb: serving on http://" + bind + ":" + server.port() + "/ (Ctrl-C stops)");
        out.flush();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }));
        stopped.await();
        return 0;
    }

    private void positive(String option, long value) {
        if (value <= 0) {
            throw new CommandLine.ParameterException(spec.commandLine(), option + " must be a positive number, not " + value);
        }
    }
}
