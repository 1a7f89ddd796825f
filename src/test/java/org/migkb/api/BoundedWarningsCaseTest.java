package org.migkb.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.migkb.knowledge.Questions;
import org.migkb.ingest.InputLimits;
import org.migkb.ingest.InputSummary;
import org.migkb.report.JsonReportWriter;
import org.migkb.report.Report;

import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A real case whose directory export carries millions of junk {@code %}-values: the good rows
 * are diagnosed as without them, and the report stays small and valid.
 */
class BoundedWarningsCaseTest {

    private static final Path EXAMPLE = Path.of("examples/q182665-edited-user-list");
    private static final int JUNK_ROWS = 300;
    private static final int JUNK_PER_ROW = 20;

    @Test
    void millionsOfJunkValuesCostBoundedWarningsAndTheGoodRowsAreStillDiagnosed(@TempDir Path dir) throws IOException {
        Diagnoser diagnoser = Diagnoser.builtIn();
        Report baseline = diagnoser.diagnose(List.of(EXAMPLE), List.of(Questions.builtIn().parse("exchangeVersion=5.5")));

        Path hostile = dir.resolve("case");
        Files.createDirectories(hostile);
        for (String name : List.of("application-log.csv", "directory.csv", "users.csv")) {
            Files.copy(EXAMPLE.resolve(name), hostile.resolve(name));
        }
        try (Writer out = Files.newBufferedWriter(hostile.resolve("directory.csv"), StandardOpenOption.APPEND)) {
            out.write("Mailbox,JUNKALL,JUNKALL,Junk All,EXSRV01,SMTP:junkall@contoso.com");
            for (int i = 0; i < 2_000_000; i++) {
                out.write("%x");
            }
            out.write(",\r\n");
            for (int row = 0; row < JUNK_ROWS; row++) {
                out.write("Mailbox,JUNK" + row + ",JUNK" + row + ",Junk " + row + ",EXSRV01,SMTP:junk" + row + "@contoso.com"
                        + "%x".repeat(JUNK_PER_ROW) + ",\r\n");
            }
        }
        Report report = diagnoser.diagnose(List.of(hostile), List.of(Questions.builtIn().parse("exchangeVersion=5.5")));

        assertEquals(baseline.diagnoses().stream().map(d -> d.article() + " " + d.cause() + " " + d.affected()).toList(),
                report.diagnoses().stream().map(d -> d.article() + " " + d.cause() + " " + d.affected()).toList(),
                "the good rows give the same diagnoses");
        InputSummary directory = report.inputs().stream().filter(i -> i.path().endsWith("directory.csv")).findFirst().orElseThrow();
        assertEquals(InputLimits.WARNINGS_PER_FILE + 1, directory.warnings().size());
        // One warning for the row with 2 million junk values (skipped, its cell too long), then per junk
        // row WARNINGS_PER_CELL listed and one counting the rest.
        long all = 1 + (long) JUNK_ROWS * (Math.min(JUNK_PER_ROW, InputLimits.WARNINGS_PER_CELL)
                + (JUNK_PER_ROW > InputLimits.WARNINGS_PER_CELL ? 1 : 0));
        assertTrue(directory.warnings().get(directory.warnings().size() - 1).message()
                .startsWith((all - InputLimits.WARNINGS_PER_FILE) + " more warnings like these were not listed"),
                directory.warnings().get(directory.warnings().size() - 1).message());

        String json = new JsonReportWriter().toJson(report);
        String baselineJson = new JsonReportWriter().toJson(baseline);
        assertTrue(json.length() < baselineJson.length() + 64 * 1024,
                "report of " + json.length() + " characters, baseline " + baselineJson.length());
        JsonSchema schema;
        try (InputStream in = Files.newInputStream(Path.of("docs/report.schema.json"))) {
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        }
        assertEquals(Set.of(), schema.validate(new ObjectMapper().readTree(json)));
    }
}
