package org.migkb.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.migkb.api.Diagnoser;
import org.migkb.ingest.CaseData;
import org.migkb.report.JsonReportWriter;
import org.migkb.report.Report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The whole diagnose path under fuzzing: a case folder holding the fuzzed bytes as one file,
 * sniffed by every built-in reader, diagnosed by the built-in rules through one shared
 * {@link Diagnoser} (as the service shares one). No exception may escape, the JSON report must
 * be byte-identical run to run, and the reading must hold {@link FuzzedCase}'s properties.
 */
class DiagnoseFuzzTest {

    private static final Diagnoser DIAGNOSER = Diagnoser.builtIn();
    private static final Path CASE = FuzzedCase.folder("case");
    private static final Path FILE = CASE.resolve("evidence");

    @FuzzTest(maxDuration = "30s")
    void diagnose(byte[] input) throws IOException {
        try {
            Files.write(FILE, input);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        CaseData data = DIAGNOSER.read(List.of(CASE));
        FuzzedCase.holds(data, FILE.toString(), input.length);
        Report first = DIAGNOSER.diagnose(List.of(CASE), List.of());
        Report second = DIAGNOSER.diagnose(List.of(CASE), List.of());
        JsonReportWriter json = new JsonReportWriter();
        assertEquals(json.toJson(first), json.toJson(second), "the same case gave different reports");
    }
}
