package org.migkb.authoring;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.migkb.api.Diagnoser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ScenarioRunnerTest {

    private static ScenarioRunner runner;

    @BeforeAll
    static void build() {
        runner = new ScenarioRunner(Diagnoser.builtIn());
    }

    private static ScenarioResult run(Path dir, String yaml) throws IOException {
        Path file = dir.resolve("case.expect.yaml");
        Files.writeString(file, yaml);
        return runner.run(file);
    }

    @Test
    void everyUnmetExpectationIsReportedInWords(@TempDir Path dir) throws IOException {
        String example = Path.of("examples/q182665-edited-user-list").toAbsolutePath().toString();
        ScenarioResult result = run(dir, "case: " + example + "\n"
                + "expect:\n"
                + "  top: Q183312/custom-recipient-converted\n"
                + "  absent: [Q182665/csv-migrate-proxy-removed]\n"
                + "  affectedOf:\n"
                + "    Q182665/csv-migrate-proxy-removed: [NET1/PO1/BOB]\n");
        assertFalse(result.passed());
        assertEquals(3, result.failures().size(), result.failures().toString());
        assertTrue(result.failures().get(0).startsWith("expected Q183312/custom-recipient-converted first, got Q182665/"));
        assertTrue(result.failures().get(1).startsWith("expected no Q182665/csv-migrate-proxy-removed, got it at rank 1"));
        assertEquals("expected Q182665/csv-migrate-proxy-removed to affect [NET1/PO1/BOB], it affects"
                + " [NET1/PO1/BOB, NET1/PO1/DAVE]", result.failures().get(2));
        assertFalse(result.firedRules().isEmpty());
    }

    @Test
    void aMisspelledKeyIsAnErrorAtItsLine(@TempDir Path dir) throws IOException {
        ScenarioResult result = run(dir, "expect:\n  top: Q182665/csv-migrate-proxy-removed\n  afected: []\n");
        assertEquals(1, result.failures().size());
        assertTrue(result.failures().get(0).startsWith(dir.resolve("case.expect.yaml") + ":3: Unrecognized field \"afected\""),
                result.failures().get(0));
    }

    @Test
    void aMissingCaseOrABadAnswerFailsTheScenarioWithTheReason(@TempDir Path dir) throws IOException {
        assertTrue(run(dir, "expect:\n  none: true\n").failures().get(0).contains("case folder"));
        Files.createDirectories(dir.resolve("case"));
        assertTrue(run(dir, "answers:\n  servicePack: SP9\nexpect:\n  none: true\n").failures().get(0).contains("SP9"));
    }
}
