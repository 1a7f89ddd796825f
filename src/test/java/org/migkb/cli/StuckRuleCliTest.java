package org.migkb.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.migkb.api.Diagnoser;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code --deadline} stops the CLI even when the rules cannot be halted: an action that never
 * returns, or one long evaluation of a join. Each run is a separate JVM, as an engineer runs it, so
 * the test sees the process really exit, and the rule thread it abandons dies with it.
 */
class StuckRuleCliTest {

    /**
     * Generous on purpose: the test proves the process returns instead of hanging for ever; JVM
     * start and reading the case come on top of the deadline, and a loaded CI machine is slow.
     * The measured times (deadline + 0.3 to 0.6 s for the rule thread) are in docs/benchmarks.md.
     */
    private static final long SLACK_SECONDS = 30;

    private record Exit(int code, String err, long millis) {
    }

    private static Exit diagnose(Path rules, Path caseFolder, int deadline) throws Exception {
        Diagnoser.withRuleFolders(List.of(rules)); // compiles into the test cache, so the run below measures no compiler
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "-Dmigkb.cache=" + System.getProperty("migkb.cache"),
                Main.class.getName(), "diagnose", caseFolder.toString(), "--rules", rules.toString(), "--deadline", String.valueOf(deadline)));
        long started = System.nanoTime();
        Process process = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        boolean ended = process.waitFor(deadline + SLACK_SECONDS + 30, TimeUnit.SECONDS);
        if (!ended) {
            process.destroyForcibly();
        }
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
        assertTrue(ended, "migkb diagnose did not exit; stderr: " + err);
        System.out.printf("StuckRuleCliTest: --deadline %s exited %d after %d ms: %s%n", deadline, process.exitValue(), millis, err.strip());
        return new Exit(process.exitValue(), err, millis);
    }

    @Test
    void anActionThatNeverReturnsEndsTheRunAtTheDeadline(@TempDir Path dir) throws Exception {
        Path rules = Files.createDirectories(dir.resolve("rules"));
        Files.writeString(rules.resolve("spin.drl"), """
                package stuck;
                import org.migkb.facts.EventRecord;

                rule "spin on 7026" @combiner
                when
                    EventRecord( sourceKey == "MSEXCHANGEMIG", eventId == 7026 )
                then
                    long x = 0;
                    while (true) { x++; }
                end
                """);
        Exit exit = diagnose(rules, Path.of("examples/lone-7026"), 2);
        assertEquals(DiagnoseCommand.ENGINE_FAILURE, exit.code(), exit.err());
        assertTrue(exit.err().contains("'spin on 7026'") && exit.err().contains("spin.drl:4"), exit.err());
        assertTrue(exit.err().contains("has not returned"), exit.err());
        assertTrue(exit.millis() < (2 + SLACK_SECONDS) * 1000, "took " + exit.millis() + " ms");
    }

    @Test
    void oneLongJoinEvaluationEndsTheRunAtTheDeadline(@TempDir Path dir) throws Exception {
        Path rules = Files.createDirectories(dir.resolve("rules"));
        // No equality to index: every pair of rows is tested, inside one evaluation of the rule's network.
        Files.writeString(rules.resolve("join.drl"), """
                package stuck;
                import org.migkb.facts.WizardUser;

                rule "unindexed pairs of rows" @combiner
                when
                    $a : WizardUser( )
                    WizardUser( commonName.concat($a.commonName).repeat(40).hashCode() == 7 )
                then
                end
                """);
        Path caseFolder = userList(dir, 3000, null);
        Exit exit = diagnose(rules, caseFolder, 1);
        assertEquals(DiagnoseCommand.ENGINE_FAILURE, exit.code(), exit.err());
        assertTrue(exit.err().contains("'unindexed pairs of rows'") && exit.err().contains("join.drl:4"), exit.err());
        assertTrue(exit.err().contains("(a join)"), exit.err());
        assertTrue(exit.millis() < (1 + SLACK_SECONDS) * 1000, "took " + exit.millis() + " ms");
    }

    @Test
    void anIndexedJoinOverCollidingKeysIsNamedToo(@TempDir Path dir) throws Exception {
        Path rules = Files.createDirectories(dir.resolve("rules"));
        // Indexed, so no constraint class runs: every row shares the Common-Name, and the join builds n x n pairs.
        Files.writeString(rules.resolve("pairs.drl"), """
                package stuck;
                import org.migkb.facts.WizardUser;

                rule "rows sharing a Common-Name" @combiner
                when
                    $a : WizardUser( )
                    $b : WizardUser( commonNameKey == $a.commonNameKey )
                then
                end
                """);
        Path caseFolder = userList(dir, 4000, "SAME");
        Exit exit = diagnose(rules, caseFolder, 1);
        assertEquals(DiagnoseCommand.ENGINE_FAILURE, exit.code(), exit.err());
        assertTrue(exit.err().contains("'rows sharing a Common-Name'") && exit.err().contains("pairs.drl:4"), exit.err());
        assertTrue(exit.millis() < (1 + SLACK_SECONDS) * 1000, "took " + exit.millis() + " ms");
    }

    @Test
    void limitsThatAreNotPositiveAreUsageErrors() {
        for (String[] limit : List.of(new String[] {"--deadline", "0"}, new String[] {"--deadline", "-1"},
                new String[] {"--max-firings", "0"}, new String[] {"--max-firings", "-5"})) {
            CliRun diagnose = CliRun.of("diagnose", "examples/lone-7026", limit[0], limit[1]);
            assertEquals(DiagnoseCommand.UNUSABLE, diagnose.code(), diagnose.err());
            assertTrue(diagnose.err().contains(limit[0] + " must be a positive"), diagnose.err());
            CliRun serve = CliRun.of("serve", "--port", "0", limit[0], limit[1]);
            assertEquals(DiagnoseCommand.UNUSABLE, serve.code(), serve.err());
            assertTrue(serve.err().contains(limit[0] + " must be a positive"), serve.err());
        }
        String help = CliRun.of("serve", "--help").out();
        for (String option : List.of("--deadline", "--max-firings", "--max-concurrent", "--max-queued", "--max-facts", "--max-stuck")) {
            assertTrue(help.contains(option), help);
        }
        for (String option : List.of("--max-concurrent", "--max-facts", "--max-stuck")) {
            CliRun serve = CliRun.of("serve", "--port", "0", option, "0");
            assertEquals(DiagnoseCommand.UNUSABLE, serve.code(), serve.err());
            assertTrue(serve.err().contains(option + " must be a positive"), serve.err());
        }
    }

    /**
     * A case folder holding a user list of {@code rows} users, each with its own Common-Name, or
     * all sharing {@code sharedCommonName} when it is not null.
     */
    private static Path userList(Path dir, int rows, String sharedCommonName) throws IOException {
        Path caseFolder = Files.createDirectories(dir.resolve("case"));
        StringBuilder users = new StringBuilder("SFS_UserName,SFS_FullName,MigrateUser,Obj-Class,Mode,Common-Name,Display-Name,"
                + "Home-Server,Secondary-Proxy-Addresses\r\n");
        for (int i = 0; i < rows; i++) {
            String name = String.format("U%05d", i);
            users.append(String.format("%s,User %d,Y,Mailbox,Create,%s,User %d,~SERVER,migrate:MS:NET1/PO1/%s\r\n", name, i,
                    sharedCommonName == null ? name : sharedCommonName, i, name));
        }
        Files.writeString(caseFolder.resolve("users.csv"), users, StandardCharsets.UTF_8);
        return caseFolder;
    }
}
