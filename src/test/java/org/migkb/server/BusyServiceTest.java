package org.migkb.server;

import org.migkb.engine.HeldRuleFolder;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.migkb.engine.EngineLimits;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Diagnoses go through a bounded number of places and a bounded queue: while the places are
 * taken, health and the small requests still answer, a request that finds room waits its turn,
 * and one that finds the queue full gets 503 with Retry-After at once.
 */
class BusyServiceTest {

    private static final String RELEASE = "migkb.test.busy-service.release";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path CASE = Path.of("examples/lone-7026");

    @Test
    void aLongDiagnosisTakesItsPlaceAndTheRestOfTheServiceAnswers(@TempDir Path dir) throws Exception {
        // A rule that holds its diagnosis until the test lets it go: a long diagnosis without a timed guess.
        Path folder = HeldRuleFolder.write(dir, "slow-rules", RELEASE);
        ServerSettings settings = new ServerSettings("127.0.0.1", 0, 1 << 20, 10,
                new EngineLimits(1_000_000, Duration.ofSeconds(120)), List.of(folder), Duration.ofSeconds(60))
                .withDiagnosisLimits(1, 1, ServerSettings.DEFAULT_MAX_FACTS, 1);
        System.clearProperty(RELEASE);
        try (MigkbServer server = MigkbServer.start(settings)) {
            Http http = new Http(server.port());
            CompletableFuture<HttpResponse<String>> running = http.uploadAsync(Http.filesOf(CASE), List.of());
            awaitHealth(http, "diagnosesRunning", 1);
            CompletableFuture<HttpResponse<String>> queued = http.uploadAsync(Http.filesOf(CASE), List.of());
            awaitHealth(http, "diagnosesQueued", 1);

            HttpResponse<String> refused = http.upload(Http.filesOf(CASE), List.of());
            assertEquals(503, refused.statusCode(), refused.body());
            assertEquals(String.valueOf(DiagnosisGate.RETRY_AFTER_SECONDS), refused.headers().firstValue("Retry-After").orElse(""));
            assertTrue(JSON.readTree(refused.body()).get("error").asText().contains("busy"), refused.body());

            JsonNode health = JSON.readTree(http.get("/health").body());
            assertEquals("ok", health.get("status").asText(), "a busy service is not a degraded one");
            assertEquals(200, http.get("/api/v1/articles").statusCode());
            assertEquals(200, http.get("/api/v1/rules").statusCode());
            assertTrue(!running.isDone() && !queued.isDone(), "both diagnoses still held by the rule");

            System.setProperty(RELEASE, "true");
            assertEquals(200, running.get(60, TimeUnit.SECONDS).statusCode());
            assertEquals(200, queued.get(60, TimeUnit.SECONDS).statusCode(), "the queued request ran when the place was free");
            assertEquals(0, JSON.readTree(http.get("/health").body()).get("diagnosesRunning").asInt());
        } finally {
            System.setProperty(RELEASE, "true"); // lets any rule still holding go before the next test
        }
    }

    /** Polls /health until the field has the value; each poll is itself a request answered while the diagnosis runs. */
    static void awaitHealth(Http http, String field, int value) throws Exception {
        long giveUp = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        JsonNode health;
        do {
            HttpResponse<String> response = http.get("/health");
            assertEquals(200, response.statusCode());
            health = JSON.readTree(response.body());
            if (health.get(field).asInt() == value) {
                return;
            }
            Thread.sleep(20);
        } while (System.nanoTime() < giveUp);
        throw new AssertionError("/health never showed " + field + " = " + value + ": " + health);
    }
}
