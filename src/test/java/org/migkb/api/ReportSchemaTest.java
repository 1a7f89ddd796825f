package org.migkb.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.migkb.report.JsonReportWriter;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The JSON output of every example follows docs/report.schema.json, the contract help-desk tools rely on. */
class ReportSchemaTest {

    /** Every bundled example (so a new one is checked without editing this test), plus cases with warnings. */
    static Stream<String> folders() throws IOException {
        List<String> examples;
        try (Stream<Path> entries = Files.list(Path.of("examples"))) {
            examples = entries.filter(Files::isDirectory).map(p -> "examples/" + p.getFileName()).sorted().toList();
        }
        return Stream.concat(examples.stream(), Stream.of("src/test/resources/cases/malformed",
                "src/test/resources/ingest", "src/test/resources/cases/q183312-other-formats"));
    }

    @ParameterizedTest
    @MethodSource("folders")
    void outputFollowsTheSchema(String folder) throws IOException {
        JsonSchema schema;
        try (InputStream in = Files.newInputStream(Path.of("docs/report.schema.json"))) {
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        }
        String json = new JsonReportWriter().toJson(BuiltInDiagnoses.diagnose(folder, "exchangeVersion=5.5"));
        Set<ValidationMessage> errors = schema.validate(new ObjectMapper().readTree(json));
        assertEquals(Set.of(), errors);
    }
}
