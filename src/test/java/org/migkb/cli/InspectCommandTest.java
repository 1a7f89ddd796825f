package org.migkb.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;
import org.migkb.ingest.TextEncoding;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class InspectCommandTest {

    private static CliRun run(String... args) {
        return CliRun.of(args);
    }

    @Test
    void tableOfFormatsRecordsFactsAndWarnings() {
        CliRun run = run("inspect", "src/test/resources/cases/malformed");
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().lines().anyMatch(l -> l.matches(
                "src/test/resources/cases/malformed/users.csv +wizard-user-list +windows-1252 +6 +6 +1")), run.out());
        assertTrue(run.out().lines().anyMatch(l -> l.matches(
                "src/test/resources/cases/malformed/core.dmp +unknown +- +0 +0 +1")), run.out());
        assertTrue(run.out().contains("users.csv:4: 14 fields where the header has 13; row skipped"), run.out());
    }

    @ParameterizedTest
    @ValueSource(strings = {"examples/q182665-edited-user-list", "examples/q242184-precreated-mailboxes",
            "examples/q242184-localized-client", "examples/q183312-custom-recipient", "examples/lone-7026",
            "examples/q186742-existing-mailbox-other-alias", "examples/preflight-before-step-two",
            "examples/healthy-migration", "examples/mixed-causes"})
    void everyExampleIsReadWithoutWarnings(String example) {
        CliRun run = run("inspect", example);
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().lines().skip(1).allMatch(l -> l.matches(".* 0$")), "no warnings: " + run.out());
        assertTrue(!run.out().contains("unknown"), run.out());
    }

    @Test
    void jsonListsEveryInput() throws IOException {
        CliRun run = run("inspect", "examples/q242184-localized-client", "--format", "json");
        assertEquals(0, run.code(), run.err());
        JsonNode inspection = new ObjectMapper().readTree(run.out());
        assertEquals("migkb-inspect/1", inspection.get("schema").asText());
        assertEquals(4, inspection.get("inputs").size());
        assertEquals("answers", inspection.get("inputs").get(0).get("format").asText());
    }

    @Test
    void nothingReadableExitsTwo(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("notes.txt"), "nothing here\r\n");
        assertEquals(2, run("inspect", dir.toString()).code());
        assertEquals(2, run("inspect", "no/such/file").code());
    }

    @Test
    void encodingOverrideIsUsedAndAnUnknownOneIsAUsageError(@TempDir Path dir) throws IOException {
        Files.write(dir.resolve("users.csv"), ("SFS_UserName,Common-Name,Secondary-Proxy-Addresses\r\n"
                + "CAF\u00c9,Caf\u00e9,migrate:MS:NET1/PO1/CAF\u00c9\r\n").getBytes(TextEncoding.WINDOWS_1252));
        CliRun forced = run("inspect", dir.toString(), "--encoding", "IBM850");
        assertTrue(forced.out().contains(" IBM850 "), forced.out());
        CliRun unknown = run("inspect", dir.toString(), "--encoding", "klingon-8");
        assertEquals(2, unknown.code());
        assertTrue(unknown.err().contains("unknown encoding 'klingon-8'"), unknown.err());
    }
}
