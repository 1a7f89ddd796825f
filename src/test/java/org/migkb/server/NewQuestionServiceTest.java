package org.migkb.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The service started with a rule folder takes the answers its article's questions declare, and only those. */
class NewQuestionServiceTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path FOLDER = Path.of("src/test/resources/rule-folders/new-question");
    private static final Path CASE = FOLDER.resolve("scenarios/spooler-failure");

    @Test
    void answersToTheFoldersQuestionAreAcceptedOverHttp() throws Exception {
        ServerSettings settings = ServerSettings.defaults().withPort(0).withRuleFolders(List.of(FOLDER), Duration.ofSeconds(60));
        try (MigkbServer server = MigkbServer.start(settings)) {
            Http http = new Http(server.port());
            HttpResponse<String> upload = http.upload(Http.filesOf(CASE), List.of("spoolerRestarted=y"));
            assertEquals(200, upload.statusCode(), upload.body());
            JsonNode answers = JSON.readTree(upload.body()).get("answers");
            assertEquals("spoolerRestarted", answers.get(0).get("key").asText());
            assertEquals("yes", answers.get(0).get("value").asText());

            HttpResponse<String> json = http.postJson("""
                    {"events": [{"source": "MSExchangeMig", "eventId": 7044, "description": "MAPI spooler"}],
                     "answers": {"spoolerRestarted": "no"}}""");
            assertEquals(200, json.statusCode(), json.body());
            assertEquals("no", JSON.readTree(json.body()).get("answers").get(0).get("value").asText());

            HttpResponse<String> unknown = http.upload(Http.filesOf(CASE), List.of("colour=blue"));
            assertEquals(400, unknown.statusCode());
            assertTrue(unknown.body().contains("unknown answer key 'colour'") && unknown.body().contains("spoolerRestarted"),
                    unknown.body());

            HttpResponse<String> questions = http.get("/api/v1/questions");
            assertEquals(200, questions.statusCode(), questions.body());
            assertTrue(questions.body().contains("\"spoolerRestarted\""), questions.body());
        }
    }
}
