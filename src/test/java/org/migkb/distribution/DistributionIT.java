package org.migkb.distribution;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The distribution archives that {@code mvn package} makes, used as an engineer would: unpacked
 * into an empty folder, away from the checkout, and run through the launcher with nothing but a
 * Java runtime (runs after {@code package}, as an integration test).
 */
class DistributionIT {

    private static final String VERSION = System.getProperty("migkb.version", "0.1.0-SNAPSHOT");
    private static final String TOP = "migkb-" + VERSION + "/";

    @TempDir
    static Path unpacked;
    private static Path home;

    @BeforeAll
    static void unpackTheTarball() throws Exception {
        Path tarball = Path.of("target", "migkb-" + VERSION + ".tar.gz").toAbsolutePath();
        assertTrue(Files.isRegularFile(tarball), tarball + " is made by mvn package");
        Process tar = new ProcessBuilder("tar", "xzf", tarball.toString()).directory(unpacked.toFile())
                .redirectErrorStream(true).start();
        assertEquals(0, tar.waitFor(), new String(tar.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
        home = unpacked.resolve(TOP);
    }

    @Test
    void theLauncherDiagnosesABundledExampleAndKeepsItsClassDataInTheUsersCache(@TempDir Path user) throws Exception {
        Run first = launch(home.resolve("bin/migkb"), user, "diagnose", "examples/q182665-edited-user-list");
        assertEquals(1, first.code, first.output);
        assertTrue(first.output.contains("1. Q182665 csv-migrate-proxy-removed"), first.output);
        Path cache = user.resolve(".cache/migkb");
        try (var archives = Files.list(cache)) {
            assertEquals(1, archives.filter(p -> p.getFileName().toString().endsWith(".jsa")).count(),
                    "one class-data archive, in the user's cache (the distribution may be read-only)");
        }
        Run second = launch(home.resolve("bin/migkb"), user, "diagnose", "examples/q182665-edited-user-list");
        assertEquals(first.output, second.output, "the archive changes the start, not the answer");
    }

    @Test
    void aLinkToTheLauncherFindsTheDistribution(@TempDir Path elsewhere) throws Exception {
        Path link = Files.createSymbolicLink(elsewhere.resolve("migkb"), home.resolve("bin/migkb"));
        Run run = launch(link, elsewhere, "--version");
        assertEquals(0, run.code, run.output);
        assertTrue(run.output.contains("migkb " + VERSION), run.output);
        assertTrue(run.output.contains("Drools " + System.getProperty("drools.version", "?")), run.output);
        assertTrue(run.output.contains("Java " + Runtime.version().feature()), run.output);
    }

    @Test
    void theZipHoldsTheSameFilesAndAWindowsLauncher() throws IOException {
        Path zip = Path.of("target", "migkb-" + VERSION + ".zip");
        try (ZipFile archive = new ZipFile(zip.toFile())) {
            for (String name : List.of("bin/migkb", "bin/migkb.cmd", "lib/migkb.jar", "LICENSE", "README.md",
                    "rules/Q182665.drl", "kb-articles/Q182665.yaml", "docs/writing-rules.md",
                    "examples/q182665-edited-user-list/users.csv")) {
                assertTrue(archive.getEntry(TOP + name) != null, name + " is in the zip");
            }
            ZipEntry cmd = archive.getEntry(TOP + "bin/migkb.cmd");
            String script = new String(archive.getInputStream(cmd).readAllBytes(), StandardCharsets.US_ASCII);
            assertTrue(script.contains("\r\n") && !script.replace("\r\n", "").contains("\n"), "CRLF throughout");
            assertTrue(script.contains("-jar \"%MIGKB_JAR%\" %*"), "passes every argument to the same jar");
            assertTrue(script.contains("lib\\migkb.jar") && script.contains("exit /b %ERRORLEVEL%"), script);
        }
    }

    /**
     * The Dockerfile (docker itself is not needed to pass here): it adds the tarball this build
     * made, starts the launcher the distribution has, publishes the port the service is told to
     * use, and checks health with a class the jar has.
     */
    @Test
    void theDockerfileUsesWhatTheDistributionHas() throws IOException {
        List<String> lines = Files.readAllLines(Path.of("src/docker/Dockerfile")).stream()
                .filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
        assertTrue(lines.get(0).startsWith("FROM eclipse-temurin:17-jre"), lines.get(0));
        String all = String.join("\n", lines);
        assertTrue(all.contains("ARG VERSION=" + VERSION), "the default VERSION is this build's");
        assertTrue(all.contains("ADD target/migkb-${VERSION}.tar.gz /opt/"), all);
        assertTrue(all.contains("ENTRYPOINT [\"/opt/migkb/bin/migkb\"]") && Files.isExecutable(home.resolve("bin/migkb")), all);
        assertTrue(all.contains("EXPOSE 8080") && all.contains("\"--bind\", \"0.0.0.0\", \"--port\", \"8080\""), all);
        try (ZipFile jar = new ZipFile(home.resolve("lib/migkb.jar").toFile())) {
            assertTrue(all.contains("org.migkb.server.HealthProbe") && jar.getEntry("org/migkb/server/HealthProbe.class") != null);
        }
        for (String line : lines) {
            String instruction = line.startsWith(" ") ? "" : line.split("\\s+", 2)[0];
            assertTrue(instruction.isEmpty() || List.of("FROM", "ARG", "ADD", "RUN", "USER", "WORKDIR", "EXPOSE",
                    "HEALTHCHECK", "ENTRYPOINT", "CMD").contains(instruction), "unknown instruction: " + line);
        }
    }

    private record Run(int code, String output) {
    }

    /** Runs a launcher from its own folder's parent's parent, as a fresh user whose home is {@code user}. */
    private static Run launch(Path launcher, Path user, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(launcher.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(home.toFile()).redirectErrorStream(true);
        builder.environment().put("HOME", user.toString());
        builder.environment().remove("XDG_CACHE_HOME");
        builder.environment().remove("MIGKB_JAVA_OPTS");
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), "the launcher returns");
        return new Run(process.exitValue(), output);
    }
}
