package org.migkb.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.migkb.report.JsonReportWriter;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The JSON output of every example follows docs/report.schema.json, the contract help-desk tools rely on. */
class ReportSchemaTest {

    @ParameterizedTest
    @ValueSource(strings = {"examples/q182665-edited-user-list", "examples/q242184-precreated-mailboxes",
            "examples/q242184-localized-client", "examples/q183312-custom-recipient", "examples/lone-7026",
            "examples/q186742-existing-mailbox-other-alias", "examples/preflight-before-step-two",
            "examples/healthy-migration", "examples/mixed-causes", "src/test/resources/cases/malformed",
            "src/test/resources/ingest", "src/test/resources/cases/q183312-other-formats"})
    void outputFollowsTheSchema(String folder) throws IOException {
        JsonSchema schema;
        try (InputStream in = Files.newInputStream(Path.of("docs/report.schema.json"))) {
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        }
        String json = new JsonReportWriter().toJson(ExampleCasesTest.diagnose(folder, "exchangeVersion=5.5"));
        Set<ValidationMessage> errors = schema.validate(new ObjectMapper().readTree(json));
        assertEquals(Set.of(), errors);
    }
}
