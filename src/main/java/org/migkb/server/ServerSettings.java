package org.migkb.server;

import org.migkb.engine.EngineLimits;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * How the service runs.
 *
 * @param bind            the address to listen on; 127.0.0.1 unless told otherwise
 * @param port            the port; 0 picks a free one
 * @param maxRequestBytes the largest request accepted
 * @param maxFiles        the most files one diagnosis request may upload
 * @param limits          the rule limits of each diagnosis (its deadline is the request's)
 * @param ruleFolders     rule folders to add to the built-in rules, reloaded when they change
 * @param reloadEvery     how often the rule folders are checked for changes
 * @param maxConcurrent   diagnoses that run at once (reading and rules); more wait in the queue
 * @param maxQueued       diagnoses that may wait for a place; beyond, a request gets 503 with Retry-After
 * @param maxFacts        the most facts (rows, directory objects, addresses, events kept) one request may hold
 * @param maxStuck        rule threads abandoned at the deadline and still running, at which new diagnoses are refused
 * @param idleTimeout     how long a connection may send nothing (headers or body) before it is closed
 * @param minBodyBytesPerSecond the slowest a request body may arrive; a slower one gets 408 and is closed
 */
public record ServerSettings(String bind, int port, long maxRequestBytes, int maxFiles, EngineLimits limits,
                             List<Path> ruleFolders, Duration reloadEvery, int maxConcurrent, int maxQueued,
                             long maxFacts, int maxStuck, Duration idleTimeout,
                             long minBodyBytesPerSecond) {

    /** One diagnosis per two cores: on the usual 2-core machine one at a time, leaving a core for the rest. */
    public static final int DEFAULT_MAX_CONCURRENT = Math.max(1, Runtime.getRuntime().availableProcessors());
    public static final int DEFAULT_MAX_QUEUED = 64;
    /** About what a 64 MB upload of user lists and directory exports holds. */
    public static final long DEFAULT_MAX_FACTS = 500_000;
    public static final int DEFAULT_MAX_STUCK = 2;
    public static final Duration DEFAULT_IDLE_TIMEOUT = Duration.ofSeconds(30);
    /**
     * Jetty measures the average since the body's first byte, server pauses included, so this is set far
     * below any real network while still 500 times a byte every 2 s.
     */
    public static final long DEFAULT_MIN_BODY_BYTES_PER_SECOND = 256;

    public ServerSettings {
        if (maxRequestBytes <= 0 || maxFiles <= 0 || maxConcurrent <= 0 || maxQueued < 0 || maxFacts <= 0 || maxStuck <= 0
                || idleTimeout.isNegative() || idleTimeout.isZero() || minBodyBytesPerSecond < 0) {
            throw new IllegalArgumentException("service limits must be positive (the queue and the body rate may be 0)");
        }
        ruleFolders = List.copyOf(ruleFolders);
    }

    /** Settings with the default timeouts. */
    public ServerSettings(String bind, int port, long maxRequestBytes, int maxFiles, EngineLimits limits,
                          List<Path> ruleFolders, Duration reloadEvery, int maxConcurrent, int maxQueued,
                          long maxFacts, int maxStuck) {
        this(bind, port, maxRequestBytes, maxFiles, limits, ruleFolders, reloadEvery, maxConcurrent, maxQueued,
                maxFacts, maxStuck, DEFAULT_IDLE_TIMEOUT, DEFAULT_MIN_BODY_BYTES_PER_SECOND);
    }

    /** Settings with the default diagnosis limits (concurrency, queue, facts, stuck threads). */
    public ServerSettings(String bind, int port, long maxRequestBytes, int maxFiles, EngineLimits limits,
                          List<Path> ruleFolders, Duration reloadEvery) {
        this(bind, port, maxRequestBytes, maxFiles, limits, ruleFolders, reloadEvery, DEFAULT_MAX_CONCURRENT,
                DEFAULT_MAX_QUEUED, DEFAULT_MAX_FACTS, DEFAULT_MAX_STUCK);
    }

    public static ServerSettings defaults() {
        return new ServerSettings("127.0.0.1", 8080, 64L * 1024 * 1024, 200,
                new EngineLimits(EngineLimits.DEFAULT.maxFirings(), Duration.ofSeconds(60)), List.of(), Duration.ofSeconds(2));
    }

    public ServerSettings withPort(int newPort) {
        return new ServerSettings(bind, newPort, maxRequestBytes, maxFiles, limits, ruleFolders, reloadEvery,
                maxConcurrent, maxQueued, maxFacts, maxStuck, idleTimeout, minBodyBytesPerSecond);
    }

    public ServerSettings withRuleFolders(List<Path> folders, Duration every) {
        return new ServerSettings(bind, port, maxRequestBytes, maxFiles, limits, folders, every,
                maxConcurrent, maxQueued, maxFacts, maxStuck, idleTimeout, minBodyBytesPerSecond);
    }

    public ServerSettings withLimits(long bytes, int files) {
        return new ServerSettings(bind, port, bytes, files, limits, ruleFolders, reloadEvery,
                maxConcurrent, maxQueued, maxFacts, maxStuck, idleTimeout, minBodyBytesPerSecond);
    }

    public ServerSettings withBind(String address) {
        return new ServerSettings(address, port, maxRequestBytes, maxFiles, limits, ruleFolders, reloadEvery,
                maxConcurrent, maxQueued, maxFacts, maxStuck, idleTimeout, minBodyBytesPerSecond);
    }

    /** The same settings with other rule limits (firings and deadline) for each diagnosis. */
    public ServerSettings withEngineLimits(EngineLimits newLimits) {
        return new ServerSettings(bind, port, maxRequestBytes, maxFiles, newLimits, ruleFolders, reloadEvery,
                maxConcurrent, maxQueued, maxFacts, maxStuck, idleTimeout, minBodyBytesPerSecond);
    }

    /** The same settings with other bounds on concurrent diagnoses, their queue, facts per request and stuck rule threads. */
    public ServerSettings withDiagnosisLimits(int concurrent, int queued, long facts, int stuck) {
        return new ServerSettings(bind, port, maxRequestBytes, maxFiles, limits, ruleFolders, reloadEvery,
                concurrent, queued, facts, stuck, idleTimeout, minBodyBytesPerSecond);
    }

    /** The same settings with another idle timeout and slowest body rate (0: no rate limit). */
    public ServerSettings withTimeouts(Duration idle, long bodyBytesPerSecond) {
        return new ServerSettings(bind, port, maxRequestBytes, maxFiles, limits, ruleFolders, reloadEvery,
                maxConcurrent, maxQueued, maxFacts, maxStuck, idle, bodyBytesPerSecond);
    }
}
