package org.migkb.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What the command line prints about a case, or about what it was given, reaches a terminal:
 * values that carry ESC sequences, line breaks or bidi overrides are shown as escapes, never sent
 * raw.
 */
class TerminalMessagesTest {

    private static final String HOSTILE_CASE = "src/test/resources/cases/hostile-values";

    @Test
    void reportsOfAHostileCaseSendNoControlToTheTerminal() {
        for (String format : new String[] {"text", "json"}) {
            CliRun run = CliRun.of("diagnose", HOSTILE_CASE, "--format", format);
            assertEquals(1, run.code(), run.err());
            assertNothingActs(run.out());
            assertNothingActs(run.err());
        }
        CliRun inspect = CliRun.of("inspect", HOSTILE_CASE);
        assertEquals(0, inspect.code(), inspect.err());
        assertNothingActs(inspect.out());
        assertTrue(inspect.out().contains("event ID '7017\\x1b[2J\\r\\n1. Q999999 failed"), inspect.out());
    }

    @Test
    void anAnswerIsQuotedWithEscapes() {
        CliRun run = CliRun.of("diagnose", HOSTILE_CASE, "--answer", "servicePack=SP\u001b[2J\u001b]0;owned\u0007\r\n1");
        assertEquals(2, run.code(), run.err());
        assertNothingActs(run.err());
        assertTrue(run.err().contains("servicePack='SP\\x1b[2J\\x1b]0;owned\\x07\\r\\n1' is not valid"), run.err());
    }

    @Test
    void anUnknownOptionOrAMissingPathIsQuotedWithEscapes() {
        CliRun option = CliRun.of("diagnose", HOSTILE_CASE, "--colour\u001b[31m");
        assertEquals(2, option.code(), option.err());
        assertNothingActs(option.err());
        assertTrue(option.err().contains("--colour\\x1b[31m"), option.err());
        CliRun missing = CliRun.of("inspect", "no-such-case\u202e\u001b[2J");
        assertEquals(2, missing.code(), missing.err());
        assertNothingActs(missing.err());
        assertTrue(missing.err().contains("no-such-case\\u202e\\x1b[2J"), missing.err());
    }

    @Test
    void theRemedyFolderIsNamedWithEscapes(@TempDir Path temp) {
        Path folder = temp.resolve("remedy\u001b[2J");
        CliRun run = CliRun.of("diagnose", "examples/q182665-edited-user-list", "--remedy-dir", folder.toString());
        assertEquals(1, run.code(), run.err());
        assertNothingActs(run.err());
        assertTrue(run.err().contains("remedy\\x1b[2J"), run.err());
    }

    /** Nothing but printable text and line ends. */
    private static void assertNothingActs(String printed) {
        for (int i = 0; i < printed.length(); i++) {
            char c = printed.charAt(i);
            boolean control = c < 0x20 && c != '\n' || c >= 0x7f && c <= 0x9f
                    || c >= '\u2028' && c <= '\u202e' || c >= '\u2066' && c <= '\u2069';
            assertTrue(!control, "U+" + String.format("%04X", (int) c) + " at " + i + " in:\n" + printed.replaceAll("\\p{Cntrl}", "?"));
        }
    }
}
