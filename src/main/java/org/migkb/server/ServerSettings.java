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
 */
public record ServerSettings(String bind, int port, long maxRequestBytes, int maxFiles, EngineLimits limits,
                             List<Path> ruleFolders, Duration reloadEvery) {

    public static ServerSettings defaults() {
        return new ServerSettings("127.0.0.1", 8080, 64L * 1024 * 1024, 200,
                new EngineLimits(EngineLimits.DEFAULT.maxFirings(), Duration.ofSeconds(60)), List.of(), Duration.ofSeconds(2));
    }

    public ServerSettings withPort(int newPort) {
        return new ServerSettings(bind, newPort, maxRequestBytes, maxFiles, limits, ruleFolders, reloadEvery);
    }

    public ServerSettings withRuleFolders(List<Path> folders, Duration every) {
        return new ServerSettings(bind, port, maxRequestBytes, maxFiles, limits, List.copyOf(folders), every);
    }

    public ServerSettings withLimits(long bytes, int files) {
        return new ServerSettings(bind, port, bytes, files, limits, ruleFolders, reloadEvery);
    }

    public ServerSettings withBind(String address) {
        return new ServerSettings(address, port, maxRequestBytes, maxFiles, limits, ruleFolders, reloadEvery);
    }
}
