package org.migkb.api;

import org.junit.jupiter.api.Test;
import org.migkb.diagnosis.Diagnosis;
import org.migkb.report.Report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A directory row shifted by an unquoted comma in a display name (issue 9): the row is warned
 * about at its line and never becomes evidence, while the rest of the case is still diagnosed.
 */
class ShiftedRowCaseTest {

    private static final String CASE = "src/test/resources/cases/shifted-row";

    private static Report diagnose() throws IOException {
        return Diagnoser.builtIn().diagnose(List.of(Path.of(CASE)), List.of());
    }

    @Test
    void theShiftedRowIsNoEvidenceAndTheRestIsDiagnosed() throws IOException {
        Report report = diagnose();
        for (Diagnosis d : report.diagnoses()) {
            assertFalse(d.affected().stream().anyMatch(u -> u.contains("HIVES")), d.article() + " " + d.affected());
            assertTrue(d.evidence().stream().noneMatch(e -> e.source().equals(CASE + "/directory.csv:4")),
                    d.article() + " cites the shifted row");
            assertTrue(d.evidence().stream().noneMatch(e -> e.text().contains("HIVES")), d.article() + " names HIVES");
        }
        Diagnosis top = report.diagnoses().get(0);
        assertEquals("Q182665 csv-migrate-proxy-removed", top.article() + " " + top.cause());
        assertEquals(List.of("NET1/PO1/BOB"), top.affected());
    }

    @Test
    void theShiftedRowIsWarnedAtItsLine() throws IOException {
        List<String> warnings = diagnose().inputs().stream().flatMap(i -> i.warnings().stream())
                .map(w -> w.at() + ": " + w.message()).toList();
        assertEquals(1, warnings.size(), warnings.toString());
        assertTrue(warnings.get(0).startsWith(CASE + "/directory.csv:4: 8 fields where the header has 7;"), warnings.toString());
    }
}
