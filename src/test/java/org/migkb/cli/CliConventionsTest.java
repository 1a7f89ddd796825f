package org.migkb.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.migkb.ingest.ArchiveWriter;
import org.migkb.ingest.CaseLoader;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The command line's conventions: short usage errors, every format in the help, case-insensitive values, -o, archives. */
class CliConventionsTest {

    private static final String EXAMPLE = "examples/q182665-edited-user-list";

    @Test
    void aUsageErrorIsOneLineAndAHintNotTheWholeHelp() {
        CliRun run = CliRun.of("diagnose", "--no-such-option", EXAMPLE);
        assertEquals(2, run.code());
        assertTrue(run.err().startsWith("migkb: Unknown option: '--no-such-option'"), run.err());
        assertTrue(run.err().contains("Try 'migkb diagnose --help' for more information."), run.err());
        assertFalse(run.err().contains("Usage:"), run.err());
        assertTrue(run.err().lines().count() <= 3, run.err());
    }

    @Test
    void theHelpOfDiagnoseListsEveryFormatTheLoaderRecognises() {
        CliRun help = CliRun.of("diagnose", "--help");
        assertEquals(0, help.code());
        String text = help.out().replaceAll("\\s+", " ");
        for (String format : CaseLoader.withBuiltInReaders().formats()) {
            assertTrue(text.contains(format), format + " missing from: " + help.out());
        }
        assertTrue(CaseLoader.withBuiltInReaders().formats().size() >= 13, "eleven readers and two archive kinds");
    }

    @Test
    void formatValuesAreCaseInsensitiveAndOWritesToAFile(@TempDir Path dir) throws IOException {
        Path report = dir.resolve("report.json");
        CliRun run = CliRun.of("diagnose", "--format", "JSON", "-o", report.toString(), EXAMPLE);
        assertEquals(DiagnoseCommand.DIAGNOSED, run.code(), run.err());
        assertEquals("", run.out(), "the report went to the file");
        String json = Files.readString(report, StandardCharsets.UTF_8);
        assertEquals(CliRun.of("diagnose", "--format", "json", EXAMPLE).out(), json);

        Path input = Files.copy(Path.of(EXAMPLE, "users.csv"), dir.resolve("users.csv"));
        CliRun clash = CliRun.of("inspect", "-o", input.toString(), input.toString());
        assertEquals(DiagnoseCommand.UNUSABLE, clash.code());
        assertTrue(clash.err().contains("a file of the case; nothing was written"), clash.err());
        assertEquals(Files.readString(Path.of(EXAMPLE, "users.csv")), Files.readString(input), "the input is intact");
    }

    @Test
    void aZippedCaseIsDiagnosedAndInspected(@TempDir Path dir) throws IOException {
        Path zip = Files.write(dir.resolve("case.zip"), new ArchiveWriter().addFolder(Path.of(EXAMPLE), "").zip());
        CliRun inspect = CliRun.of("inspect", zip.toString());
        assertEquals(0, inspect.code(), inspect.err());
        assertTrue(inspect.out().contains(zip + "!/users.csv"), inspect.out());
        CliRun diagnose = CliRun.of("diagnose", zip.toString());
        assertEquals(DiagnoseCommand.DIAGNOSED, diagnose.code(), diagnose.err());
        assertTrue(diagnose.out().contains(zip + "!/users.csv:"), diagnose.out());
    }

    @Test
    void aDashReadsTheCaseFromStandardInput() throws IOException {
        java.io.InputStream saved = System.in;
        try {
            System.setIn(new java.io.ByteArrayInputStream(new ArchiveWriter().addFolder(Path.of(EXAMPLE), "").zip()));
            CliRun run = CliRun.of("diagnose", "-");
            assertEquals(DiagnoseCommand.DIAGNOSED, run.code(), run.err());
            assertTrue(run.out().contains("stdin!/users.csv:"), run.out());
        } finally {
            System.setIn(saved);
        }
    }

    @Test
    void rulesTestWithNoFolderRunsTheBuiltInScenarios() {
        CliRun run = CliRun.of("rules", "test");
        assertEquals(0, run.code(), run.out() + run.err());
        assertTrue(run.out().contains("healthy-migration"), run.out());
        assertTrue(run.out().strip().endsWith("0 failed"), run.out());
    }

    @Test
    void theBuiltInRulesFolderIsRecognisedNotReportedAsItsOwnDuplicates() {
        CliRun run = CliRun.of("rules", "test", "rules");
        assertEquals(0, run.code(), run.out() + run.err());
        assertTrue(run.err().contains("holds the built-in rules themselves"), run.err());
        assertFalse(run.err().contains("error"), run.err());
        assertEquals(CliRun.of("rules", "test").out(), run.out(), "the same scenarios, the same results");
    }
}
