package org.migkb.api;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.migkb.ingest.ArchiveWriter;
import org.migkb.report.JsonReportWriter;
import org.migkb.report.Report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A case sent as an archive is diagnosed as its unpacked folder is; only the citations differ. */
class ArchiveCaseDiagnosisTest {

    private static Diagnoser diagnoser;

    @BeforeAll
    static void buildOnce() {
        diagnoser = Diagnoser.builtIn();
    }

    @ParameterizedTest
    @ValueSource(strings = {"examples/mixed-causes", "examples/q242184-localized-client", "examples/q182665-edited-user-list"})
    void aZippedCaseGivesTheDiagnosesOfItsFolder(String example, @TempDir Path dir) throws IOException {
        Path folder = Path.of(example);
        Path zip = Files.write(dir.resolve("case.zip"), new ArchiveWriter().addFolder(folder, "").zip());
        Path tgz = Files.write(dir.resolve("case.tar.gz"), new ArchiveWriter().addFolder(folder, "case/").tarGz());
        String expected = diagnosesOf(diagnoser.diagnose(List.of(folder), List.of()));
        assertFalse(expected.contains("\"diagnoses\" : [ ]"), "the example diagnoses something");
        assertEquals(expected, diagnosesOf(diagnoser.diagnose(List.of(zip), List.of()))
                .replace(zip + "!", example));
        assertEquals(expected, diagnosesOf(diagnoser.diagnose(List.of(tgz), List.of()))
                .replace(tgz + "!/case", example));
    }

    @org.junit.jupiter.api.Test
    void theReportOfAnArchiveWithSkippedMembersFollowsTheSchema(@TempDir Path dir) throws IOException {
        Path zip = Files.write(dir.resolve("case.zip"), new ArchiveWriter().addFolder(Path.of("examples/mixed-causes"), "")
                .add("../evil.csv", "x").zip());
        String json = new JsonReportWriter().toJson(diagnoser.diagnose(List.of(zip), List.of()));
        com.networknt.schema.JsonSchema schema;
        try (java.io.InputStream in = Files.newInputStream(Path.of("docs/report.schema.json"))) {
            schema = com.networknt.schema.JsonSchemaFactory.getInstance(com.networknt.schema.SpecVersion.VersionFlag.V202012)
                    .getSchema(in);
        }
        assertEquals(java.util.Set.of(), schema.validate(new com.fasterxml.jackson.databind.ObjectMapper().readTree(json)));
        assertTrue(json.contains("\"path\" : \"" + zip + "!/../evil.csv\""), json);
    }

    /** The report without its list of inputs (which names the archive itself), as JSON. */
    private static String diagnosesOf(Report report) {
        return new JsonReportWriter().toJson(new Report(report.schema(), List.of(), report.answers(), report.diagnoses(),
                report.collectNext()));
    }
}
