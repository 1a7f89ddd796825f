package org.migkb.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.migkb.ingest.CaseLoader;
import org.migkb.ingest.RemedyManifest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code --remedy-dir} inside a case folder: the inputs stay as they were and the next run reads the same evidence. */
class RemedyDirTest {

    private static final Path EXAMPLE = Path.of("examples/q182665-edited-user-list");

    private static Path copyOfExample(Path dir) throws IOException {
        Path folder = dir.resolve("case");
        Files.createDirectories(folder);
        try (Stream<Path> files = Files.list(EXAMPLE)) {
            for (Path f : files.toList()) {
                Files.copy(f, folder.resolve(f.getFileName()));
            }
        }
        return folder;
    }

    private static Map<String, byte[]> contents(Path folder) throws IOException {
        Map<String, byte[]> all = new TreeMap<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path f : files.toList()) {
                all.put(f.getFileName().toString(), Files.readAllBytes(f));
            }
        }
        return all;
    }

    private static void assertSameBytes(Map<String, byte[]> expected, Map<String, byte[]> actual) {
        assertEquals(expected.keySet(), actual.keySet());
        expected.forEach((name, bytes) -> assertTrue(java.util.Arrays.equals(bytes, actual.get(name)), name + " changed"));
    }

    @Test
    void remedyDirInsideTheCaseLeavesTheInputsAndTheNextRunAlone(@TempDir Path dir) throws IOException {
        Path folder = copyOfExample(dir);
        Map<String, byte[]> inputs = contents(folder);
        CliRun first = CliRun.of("diagnose", folder.toString(), "--format", "json");

        CliRun withRemedy = CliRun.of("diagnose", folder.toString(), "--remedy-dir", folder.toString());
        assertEquals(DiagnoseCommand.DIAGNOSED, withRemedy.code(), withRemedy.err());
        Map<String, byte[]> after = contents(folder);
        inputs.forEach((name, bytes) -> assertTrue(java.util.Arrays.equals(bytes, after.get(name)), name + " changed"));
        assertTrue(after.containsKey("Q182665-csv-migrate-proxy-removed.csv"), after.keySet().toString());
        assertTrue(after.containsKey(RemedyManifest.FILE_NAME), after.keySet().toString());

        CliRun next = CliRun.of("diagnose", folder.toString(), "--format", "json");
        assertEquals(first.code(), next.code());
        ObjectMapper json = new ObjectMapper();
        JsonNode nextReport = json.readTree(next.out());
        ArrayNode nextInputs = (ArrayNode) nextReport.get("inputs");
        int skipped = 0;
        for (int i = nextInputs.size() - 1; i >= 0; i--) {
            if (nextInputs.get(i).get("format").asText().equals(CaseLoader.REMEDY_FORMAT)) {
                assertTrue(nextInputs.get(i).get("warnings").get(0).get("message").asText().contains("not evidence; skipped"));
                nextInputs.remove(i);
                skipped++;
            }
        }
        assertEquals(2, skipped, "the import file and its instructions are each named as skipped");
        assertEquals(json.readTree(first.out()), nextReport, "apart from the skip notices, the next run's report is the first one");

        CliRun again = CliRun.of("diagnose", folder.toString(), "--remedy-dir", folder.toString());
        assertEquals(DiagnoseCommand.DIAGNOSED, again.code(), "its own earlier remedy files may be replaced: " + again.err());
    }

    @Test
    void refusesToWriteOverAFileItRead(@TempDir Path dir) throws IOException {
        Path folder = copyOfExample(dir);
        Files.move(folder.resolve("directory.csv"), folder.resolve("Q182665-csv-migrate-proxy-removed.csv"));
        Map<String, byte[]> before = contents(folder);

        CliRun run = CliRun.of("diagnose", folder.toString(), "--remedy-dir", folder.toString());
        assertEquals(DiagnoseCommand.UNUSABLE, run.code());
        assertTrue(run.err().contains("would write over " + folder.resolve("Q182665-csv-migrate-proxy-removed.csv")), run.err());
        assertTrue(run.err().contains("nothing was written"), run.err());
        assertFalse(run.out().contains("Diagnoses"), "no report either: " + run.out());
        assertSameBytes(before, contents(folder));
    }
}
