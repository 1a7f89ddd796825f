package org.migkb.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.migkb.engine.RuleBase;
import org.migkb.knowledge.Article;
import org.migkb.knowledge.ArticleLibrary;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ServerTest {

    private static final Path EXAMPLE = Path.of("examples/q182665-edited-user-list").toAbsolutePath();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static MigkbServer server;
    private static Http http;

    @BeforeAll
    static void start() throws Exception {
        // A queue as deep as the parallel requests below, so that all of them wait for a place rather than get 503.
        server = MigkbServer.start(ServerSettings.defaults().withPort(0).withDiagnosisLimits(2, 48,
                ServerSettings.DEFAULT_MAX_FACTS, ServerSettings.DEFAULT_MAX_STUCK));
        http = new Http(server.port());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static JsonNode json(HttpResponse<String> response) throws IOException {
        return JSON.readTree(response.body());
    }

    @Test
    void healthArticlesAndRules() throws Exception {
        JsonNode health = json(http.get("/health"));
        assertEquals("ok", health.get("status").asText());
        assertEquals(RuleBase.builtIn().rules().size(), health.get("rules").asInt());

        JsonNode articles = json(http.get("/api/v1/articles"));
        List<String> ids = articles.findValues("id").stream().map(JsonNode::asText).filter(s -> s.startsWith("Q")).toList();
        assertTrue(ids.containsAll(List.of("Q182665", "Q183312", "Q186742", "Q242184")), ids.toString()); // and the other built-ins
        JsonNode article = json(http.get("/api/v1/articles/q242184"));
        assertEquals("mailbox-precreated", article.get("causes").get(0).get("id").asText());
        HttpResponse<String> missing = http.get("/api/v1/articles/Q999999");
        assertEquals(404, missing.statusCode());
        assertEquals("no article Q999999", json(missing).get("error").asText());
        assertEquals(RuleBase.builtIn().rules().size(), json(http.get("/api/v1/rules")).size());
        HttpResponse<String> nowhere = http.get("/api/v2/nothing");
        assertEquals(404, nowhere.statusCode());
        assertTrue(json(nowhere).get("error").asText().contains("/api/v2/nothing"));
    }

    @Test
    void uploadGivesTheCommandLinesJsonByteForByte() throws Exception {
        HttpResponse<String> response = http.upload(Http.filesOf(EXAMPLE), List.of("migrationMode=two-step"));
        assertEquals(200, response.statusCode(), response.body());
        assertEquals(Http.cliJson(EXAMPLE, "migrationMode=two-step"), response.body());
        assertEquals("Q182665", json(response).get("diagnoses").get(0).get("article").asText());
    }

    @Test
    void anUploadedZipIsReadLikeTheFilesInIt(@TempDir Path dir) throws Exception {
        Path zip = Files.write(dir.resolve("case.zip"), new org.migkb.ingest.ArchiveWriter().addFolder(EXAMPLE, "").zip());
        HttpResponse<String> response = http.upload(List.of(zip), List.of("migrationMode=two-step"));
        assertEquals(200, response.statusCode(), response.body());
        JsonNode report = json(response);
        assertEquals("Q182665", report.get("diagnoses").get(0).get("article").asText());
        assertEquals("zip-archive", report.get("inputs").get(0).get("format").asText());
        assertEquals("case.zip!/users.csv", report.get("inputs").get(3).get("path").asText(), response.body());
        assertTrue(response.body().contains("\"case.zip!/users.csv:"), "evidence cites the member inside the upload");
    }

    @Test
    void manyParallelRequestsEachGetTheSameAnswerAsTheCommandLine() throws Exception {
        String expected = Http.cliJson(EXAMPLE);
        List<CompletableFuture<HttpResponse<String>>> inFlight = new ArrayList<>();
        for (int i = 0; i < 48; i++) {
            inFlight.add(http.uploadAsync(Http.filesOf(EXAMPLE), List.of()));
        }
        for (CompletableFuture<HttpResponse<String>> request : inFlight) {
            HttpResponse<String> response = request.get();
            assertEquals(200, response.statusCode());
            assertEquals(expected, response.body());
        }
    }

    @Test
    void aCaseAsJsonFacts() throws Exception {
        String body = """
                {"events": [{"source": "MSExchangeMig", "eventId": 7026, "type": "Error"}],
                 "users": [{"msAddress": "NET1/PO1/ANN", "migrateValue": "present"},
                           {"msAddress": "NET1/PO1/BEN", "migrateValue": "absent"}],
                 "recipients": [{"directoryName": "ANN", "alias": "ANN", "addresses": ["SMTP:ann@contoso.com", "migrate:MS:NET1/PO1/ANN"]},
                                {"directoryName": "BEN", "alias": "BEN", "addresses": ["SMTP:ben@contoso.com", "smtp:b@contoso.com"]}],
                 "answers": {"migrationMode": "two-step"}}
                """;
        HttpResponse<String> response = http.postJson(body);
        assertEquals(200, response.statusCode(), response.body());
        JsonNode top = json(response).get("diagnoses").get(0);
        assertEquals("Q182665 csv-migrate-proxy-removed [\"NET1/PO1/BEN\"]",
                top.get("article").asText() + " " + top.get("cause").asText() + " " + top.get("affected"));
        assertTrue(top.get("evidence").toString().contains("request/users#2"), top.toString());
    }

    @Test
    void badInputGetsAJsonErrorNamingTheProblem(@TempDir Path dir) throws Exception {
        HttpResponse<String> badAnswer = http.upload(Http.filesOf(EXAMPLE), List.of("servicePack=SP9"));
        assertEquals(400, badAnswer.statusCode());
        assertTrue(json(badAnswer).get("error").asText().contains("servicePack='SP9'"));

        HttpResponse<String> noFiles = http.upload(List.of(), List.of("migrationMode=two-step"));
        assertEquals(400, noFiles.statusCode());
        assertTrue(json(noFiles).get("error").asText().startsWith("no files"));

        HttpResponse<String> badJson = http.postJson("{\"events\": 7}");
        assertEquals(400, badJson.statusCode());
        assertEquals("events must be an array", json(badJson).get("error").asText());
        assertEquals(400, http.postJson("{not json").statusCode());
        assertEquals(400, http.postJson("{\"rules\": []}").statusCode(), "no endpoint takes rules");

        Path junk = Files.writeString(dir.resolve("notes.txt"), "the customer called\r\n");
        HttpResponse<String> unreadable = http.upload(List.of(junk), List.of());
        assertEquals(422, unreadable.statusCode());
        assertEquals("unknown", json(unreadable).get("inputs").get(0).get("format").asText());
    }

    @Test
    void aCaseWithMoreFactsThanTheLimitIsRefusedNamingIt() throws Exception {
        try (MigkbServer small = MigkbServer.start(ServerSettings.defaults().withPort(0)
                .withDiagnosisLimits(1, 1, 5, ServerSettings.DEFAULT_MAX_STUCK))) {
            Http client = new Http(small.port());
            HttpResponse<String> upload = client.upload(Http.filesOf(EXAMPLE), List.of());
            assertEquals(413, upload.statusCode(), upload.body());
            String error = json(upload).get("error").asText();
            assertTrue(error.contains("the limit is 5 facts per request (serve --max-facts)"), error);
            HttpResponse<String> facts = client.postJson("""
                    {"users": [{"msAddress": "NET1/PO1/A1"}, {"msAddress": "NET1/PO1/A2"}, {"msAddress": "NET1/PO1/A3"},
                               {"msAddress": "NET1/PO1/A4"}, {"msAddress": "NET1/PO1/A5"}]}
                    """);
            assertEquals(413, facts.statusCode(), facts.body());
            assertTrue(json(facts).get("error").asText().contains("holds 6 facts"), facts.body()); // five rows and their list
            HttpResponse<String> fits = client.postJson("{\"users\": [{\"msAddress\": \"NET1/PO1/A1\"}]}");
            assertEquals(200, fits.statusCode(), fits.body());
        }
    }

    @Test
    void limitsOnSizeAndFileCount(@TempDir Path dir) throws Exception {
        try (MigkbServer small = MigkbServer.start(ServerSettings.defaults().withPort(0).withLimits(20_000, 2))) {
            Http client = new Http(small.port());
            HttpResponse<String> tooMany = client.upload(Http.filesOf(EXAMPLE), List.of());
            assertEquals(400, tooMany.statusCode());
            assertEquals("3 files; the limit is 2", json(tooMany).get("error").asText());
            Path big = Files.write(dir.resolve("big.csv"), new byte[50_000]);
            HttpResponse<String> tooLarge = client.upload(List.of(big), List.of());
            assertEquals(413, tooLarge.statusCode(), tooLarge.body());
            assertTrue(json(tooLarge).get("error").asText().contains("limit"));
            HttpResponse<String> chunked = client.uploadChunked(List.of(big));
            assertEquals(413, chunked.statusCode(), "no Content-Length to check first: " + chunked.body());
            assertTrue(json(chunked).get("error").asText().contains("limit"));
        }
    }
}
