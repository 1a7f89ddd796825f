package org.migkb.server;

import org.migkb.engine.HeldRuleFolder;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.migkb.engine.EngineLimits;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A request whose rules run past the deadline gets a 503 naming the rule, and the service goes on serving. */
class DeadlineTest {

    private static final String RELEASE = "migkb.test.deadline.release";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void runawayRulesEndTheRequestNotTheService(@TempDir Path dir) throws Exception {
        Path folder = Files.createDirectories(dir.resolve("slow-rules"));
        Files.writeString(folder.resolve("spin.drl"), """
                package slow;
                import org.migkb.facts.EventRecord;
                rule "spin on 7026" @combiner
                when
                    EventRecord( sourceKey == "MSEXCHANGEMIG", eventId == 7026 )
                then
                    while (!Thread.currentThread().isInterrupted()) { Thread.onSpinWait(); }
                end
                """);
        ServerSettings settings = new ServerSettings("127.0.0.1", 0, 1 << 20, 10,
                new EngineLimits(1_000_000, Duration.ofSeconds(1)), List.of(folder), Duration.ofSeconds(60));
        try (MigkbServer server = MigkbServer.start(settings)) {
            Http http = new Http(server.port());
            HttpResponse<String> slow = http.upload(Http.filesOf(Path.of("examples/lone-7026")), List.of());
            assertEquals(503, slow.statusCode(), slow.body());
            String error = new ObjectMapper().readTree(slow.body()).get("error").asText();
            assertTrue(error.contains("'spin on 7026'") && error.contains("spin.drl:3"), error);
            assertEquals(200, http.get("/health").statusCode(), "still serving");
        }
    }

    @Test
    void aRuleThatNeverReturnsIsAbandonedCountedAndStopsNewDiagnoses(@TempDir Path dir) throws Exception {
        Path folder = HeldRuleFolder.write(dir, "stuck-rules", RELEASE);
        ServerSettings settings = new ServerSettings("127.0.0.1", 0, 1 << 20, 10,
                new EngineLimits(1_000_000, Duration.ofSeconds(1)), List.of(folder), Duration.ofSeconds(60))
                .withDiagnosisLimits(2, 2, ServerSettings.DEFAULT_MAX_FACTS, 1);
        System.clearProperty(RELEASE);
        try (MigkbServer server = MigkbServer.start(settings)) {
            Http http = new Http(server.port());
            long started = System.nanoTime();
            HttpResponse<String> stuck = http.upload(Http.filesOf(Path.of("examples/lone-7026")), List.of());
            long millis = (System.nanoTime() - started) / 1_000_000;
            System.out.println("DeadlineTest: 503 for a rule that never returns after " + millis + " ms (deadline 1000 ms)");
            assertEquals(503, stuck.statusCode(), stuck.body());
            String error = JSON.readTree(stuck.body()).get("error").asText();
            assertTrue(error.contains("'" + HeldRuleFolder.RULE + "'") && error.contains(HeldRuleFolder.LOCATION) && error.contains("has not returned"), error);

            JsonNode health = JSON.readTree(http.get("/health").body());
            assertEquals("degraded", health.get("status").asText(), health.toString());
            assertEquals(1, health.get("stuckRuleThreads").asInt(), health.toString());
            assertEquals(200, http.get("/api/v1/articles/Q182665").statusCode(), "other requests still answered");

            HttpResponse<String> refused = http.upload(Http.filesOf(Path.of("examples/q182665-edited-user-list")), List.of());
            assertEquals(503, refused.statusCode(), refused.body());
            assertTrue(refused.headers().firstValue("Retry-After").isPresent());
            assertTrue(JSON.readTree(refused.body()).get("error").asText().contains("--max-stuck"), refused.body());

            System.setProperty(RELEASE, "true");
            BusyServiceTest.awaitHealth(http, "stuckRuleThreads", 0);
            assertEquals("ok", JSON.readTree(http.get("/health").body()).get("status").asText());
            assertEquals(200, http.upload(Http.filesOf(Path.of("examples/q182665-edited-user-list")), List.of()).statusCode(),
                    "diagnoses again once the stuck thread ended");
        } finally {
            System.setProperty(RELEASE, "true");
        }
    }
}
