package org.migkb.server;

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
}
