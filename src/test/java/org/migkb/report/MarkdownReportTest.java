package org.migkb.report;

import org.junit.jupiter.api.Test;
import org.migkb.api.Diagnoser;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MarkdownReportTest {

    @Test
    void everyDiagnosisWithEvidenceRowsAndTheInputs() throws IOException {
        Report report = Diagnoser.builtIn().diagnose(List.of(Path.of("examples/preflight-before-step-two")), List.of());
        StringWriter out = new StringWriter();
        new MarkdownReportWriter().write(report, new PrintWriter(out));
        String md = out.toString();
        assertTrue(md.contains("## 1. Q182665 csv-migrate-proxy-removed: at risk, confidence 0.74"), md);
        assertTrue(md.contains("**will fail**"), md);
        assertTrue(md.contains("Affected users (1): `NET1/PO1/BOB`"), md);
        long evidenceRows = md.lines().filter(l -> l.startsWith("| for |") || l.startsWith("| against |")).count();
        assertEquals(report.diagnoses().stream().mapToLong(d -> d.evidence().size()).sum(), evidenceRows);
        assertTrue(md.contains("| `examples/preflight-before-step-two/users.csv` | wizard-user-list |"), md);
    }
}
