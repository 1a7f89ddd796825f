package org.migkb.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The OpenAPI document describes what the server really does: the same routes, and responses that fit their schemas. */
class OpenApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static MigkbServer server;
    private static Http http;
    private static JsonNode openApi;

    @BeforeAll
    static void start() throws Exception {
        server = MigkbServer.start(ServerSettings.defaults().withPort(0));
        http = new Http(server.port());
        HttpResponse<String> served = http.get("/openapi.json");
        assertEquals(200, served.statusCode());
        openApi = JSON.readTree(served.body());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void servedDocumentIsTheOneInDocs() throws Exception {
        assertEquals(JSON.readTree(Files.readString(Path.of("docs/openapi.json"))), openApi);
        assertEquals("3.1.0", openApi.get("openapi").asText());
    }

    @Test
    void everyRouteIsDocumentedAndEveryDocumentedOperationIsARoute() {
        Set<String> documented = new TreeSet<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = openApi.get("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            path.getValue().fieldNames().forEachRemaining(method -> documented.add(method.toUpperCase() + " " + path.getKey()));
        }
        Set<String> served = new TreeSet<>();
        MigkbServer.ROUTES.forEach(r -> served.add(r.method() + " " + r.path()));
        assertEquals(served, documented);
    }

    /** Validates a body against a schema of the document's components (or the report schema it refers to). */
    private static void assertFits(JsonNode schema, String body) throws Exception {
        JsonNode node = JSON.readTree(body);
        JsonSchema validator;
        if (schema.has("$ref") && schema.get("$ref").asText().equals("/schemas/report.schema.json")) {
            validator = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                    .getSchema(JSON.readTree(http.get("/schemas/report.schema.json").body()));
        } else {
            ObjectNode wrapper = JSON.createObjectNode();
            wrapper.put("$schema", "https://json-schema.org/draft/2020-12/schema");
            wrapper.setAll((ObjectNode) schema.deepCopy());
            wrapper.set("components", openApi.get("components"));
            validator = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(wrapper);
        }
        assertEquals(Set.of(), validator.validate(node), body.length() > 300 ? body.substring(0, 300) : body);
    }

    private static JsonNode responseSchema(String path, String method, int status) {
        JsonNode response = openApi.at("/paths/" + path.replace("/", "~1") + "/" + method + "/responses/" + status);
        assertTrue(!response.isMissingNode(), method + " " + path + " does not document " + status);
        return response.at("/content/application~1json/schema");
    }

    @Test
    void getResponsesFitTheirDocumentedSchemas() throws Exception {
        for (MigkbServer.Route route : MigkbServer.ROUTES) {
            if (!route.method().equals("GET")) {
                continue;
            }
            HttpResponse<String> response = http.get(route.path().replace("{id}", "Q182665"));
            assertFits(responseSchema(route.path(), "get", response.statusCode()), response.body());
        }
        HttpResponse<String> missing = http.get("/api/v1/articles/Q1");
        assertFits(responseSchema("/api/v1/articles/{id}", "get", missing.statusCode()), missing.body());
    }

    @Test
    void diagnosisResponsesFitTheirDocumentedSchemas() throws Exception {
        List<Path> files = Http.filesOf(Path.of("examples/mixed-causes"));
        HttpResponse<String> ok = http.upload(files, List.of("servicePack=SP0"));
        assertFits(responseSchema("/api/v1/diagnoses", "post", ok.statusCode()), ok.body());
        HttpResponse<String> bad = http.upload(files, List.of("servicePack=SP9"));
        assertFits(responseSchema("/api/v1/diagnoses", "post", bad.statusCode()), bad.body());
        HttpResponse<String> facts = http.postJson("{\"events\": [{\"source\": \"MSExchangeMig\", \"eventId\": 7026}]}");
        assertFits(responseSchema("/api/v1/diagnoses", "post", facts.statusCode()), facts.body());
    }

    @Test
    void refusalsForTheLimitsFitTheirDocumentedSchemas() throws Exception {
        try (MigkbServer small = MigkbServer.start(ServerSettings.defaults().withPort(0)
                .withDiagnosisLimits(1, 0, 3, ServerSettings.DEFAULT_MAX_STUCK))) {
            HttpResponse<String> tooManyFacts = new Http(small.port()).upload(Http.filesOf(Path.of("examples/mixed-causes")), List.of());
            assertEquals(413, tooManyFacts.statusCode(), tooManyFacts.body());
            assertFits(responseSchema("/api/v1/diagnoses", "post", 413), tooManyFacts.body());
        }
        assertTrue(openApi.at("/paths/~1api~1v1~1diagnoses/post/responses/503/headers/Retry-After").isObject(),
                "the 503 documents its Retry-After");
    }
}
