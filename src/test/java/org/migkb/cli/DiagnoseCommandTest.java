package org.migkb.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DiagnoseCommandTest {

    private static CliRun run(String... args) {
        return CliRun.of(args);
    }

    @Test
    void diagnosisExitsOneAndPrintsTheRankedList() {
        CliRun run = run("diagnose", "examples/q182665-edited-user-list");
        assertEquals(1, run.code(), run.err());
        assertTrue(run.out().contains("1. Q182665 csv-migrate-proxy-removed  confidence 0.69"), run.out());
        assertTrue(run.out().contains("Affected users (2): NET1/PO1/BOB, NET1/PO1/DAVE"), run.out());
        assertTrue(run.out().contains("--answer migrationMode=..."), run.out());
    }

    @Test
    void jsonFollowsTheContract() throws IOException {
        CliRun run = run("diagnose", "examples/q183312-custom-recipient", "--format", "json", "--answer", "exchangeVersion=5.5");
        assertEquals(1, run.code(), run.err());
        JsonNode report = new ObjectMapper().readTree(run.out());
        assertEquals("migkb-report/1", report.get("schema").asText());
        JsonNode top = report.get("diagnoses").get(0);
        assertEquals("Q183312", top.get("article").asText());
        assertEquals("custom-recipient-converted", top.get("cause").asText());
        assertEquals("[\"NET1/PO1/CAROL\",\"NET1/PO1/DAVE\"]", top.get("affected").toString());
        assertEquals("5.5", report.get("answers").get(0).get("value").asText());
    }

    @Test
    void healthyCaseExitsZero() {
        CliRun run = run("diagnose", "examples/healthy-migration");
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().contains("No diagnosis"), run.out());
    }

    @Test
    void badAnswerIsAUsageErrorNamingWhatIsAccepted() {
        CliRun run = run("diagnose", "examples/lone-7026", "--answer", "servicePack=SP9");
        assertEquals(2, run.code());
        assertTrue(run.err().contains("servicePack='SP9' is not valid; accepted: SP0"), run.err());
        CliRun unknown = run("diagnose", "examples/lone-7026", "--answer", "colour=blue");
        assertEquals(2, unknown.code());
        assertTrue(unknown.err().contains("unknown answer key 'colour'"), unknown.err());
    }

    @Test
    void sameAnswerTwiceIsAUsageError() {
        CliRun run = run("diagnose", "examples/lone-7026", "--answer", "servicePack=1", "--answer", "servicePack=2");
        assertEquals(2, run.code());
        assertTrue(run.err().contains("answer given more than once: servicePack"), run.err());
    }

    @Test
    void missingPathOrNothingReadableExitsTwo(@TempDir Path dir) throws IOException {
        CliRun missing = run("diagnose", "no/such/case");
        assertEquals(2, missing.code());
        assertEquals("migkb: no such file or folder: no/such/case", missing.err().trim());

        Files.writeString(dir.resolve("notes.txt"), "the customer called\r\n");
        CliRun unreadable = run("diagnose", dir.toString());
        assertEquals(2, unreadable.code());
        assertTrue(unreadable.err().contains("nothing could be read"), unreadable.err());
        assertTrue(unreadable.out().contains("format not recognised"), "warnings are still shown: " + unreadable.out());
    }

    @Test
    void noCommandOrNoPathIsAUsageError() {
        assertEquals(2, run().code());
        assertEquals(2, run("diagnose").code());
    }
}
