package org.migkb.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Rule folders given at start are reloaded when they change, without a restart and without failing requests in flight. */
class RuleReloadTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aNewRuleFileIsPickedUpWhileRequestsKeepSucceeding(@TempDir Path dir) throws Exception {
        Path folder = Files.createDirectories(dir.resolve("my-rules"));
        Path caseFolder = Files.createDirectories(dir.resolve("case"));
        Files.writeString(caseFolder.resolve("app.csv"),
                "12/01/1999,3:00:00 PM,MSExchangeMig,Error,None,7034,N/A,EXSRV01,\"User JSMITH not found in the postoffice PO1\"\r\n");
        // A queue deep enough for every request below: what is tested is the reload, not the queue.
        ServerSettings settings = ServerSettings.defaults().withPort(0).withRuleFolders(List.of(folder), Duration.ofMillis(200))
                .withDiagnosisLimits(2, 1000, ServerSettings.DEFAULT_MAX_FACTS, ServerSettings.DEFAULT_MAX_STUCK);
        try (MigkbServer server = MigkbServer.start(settings)) {
            Http http = new Http(server.port());
            List<Path> files = Http.filesOf(caseFolder);
            assertEquals("[]", JSON.readTree(http.upload(files, List.of()).body()).get("diagnoses").toString());
            long generation = JSON.readTree(http.get("/health").body()).get("rulesGeneration").asLong();

            List<CompletableFuture<HttpResponse<String>>> inFlight = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                inFlight.add(http.uploadAsync(files, List.of()));
            }
            Files.writeString(folder.resolve("Q169130.yaml"), """
                    id: Q169130
                    title: "A command-line migration logs 7034"
                    products: ["Microsoft Exchange Server 5.5"]
                    reference: "Microsoft KnowledgeBase Q169130"
                    symptoms: [{eventSource: MSExchangeMig, eventId: 7034, summary: "User not found in the postoffice."}]
                    causes:
                      - id: command-line-user-list
                        title: "The command-line wizard misreads the user-list file"
                        explanation: "Fixed by a 5.5 service pack."
                        steps: ["Apply the service pack.", "Run the migration again."]
                        verify: "No 7034."
                    """);
            Files.writeString(folder.resolve("Q169130.drl"), """
                    package reload.test;
                    import org.migkb.facts.EventRecord;
                    import org.migkb.facts.Evidence;
                    rule "Q169130 symptom" @article("Q169130") @cause("command-line-user-list")
                    when $e : EventRecord( sourceKey == "MSEXCHANGEMIG", eventId == 7034 )
                    then insertLogical(Evidence.symptom(kcontext, $e.at(), "event 7034"));
                    end
                    """);
            for (int i = 0; i < 10; i++) {
                inFlight.add(http.uploadAsync(files, List.of()));
            }
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (JSON.readTree(http.get("/health").body()).get("rulesGeneration").asLong() == generation) {
                assertTrue(System.nanoTime() < deadline, "the rules were not reloaded");
                inFlight.add(http.uploadAsync(files, List.of()));
                Thread.sleep(100);
            }
            for (CompletableFuture<HttpResponse<String>> request : inFlight) {
                assertEquals(200, request.get().statusCode(), "no request fails during a reload");
            }
            String after = http.upload(files, List.of()).body();
            assertTrue(after.contains("\"article\" : \"Q169130\""), after);
            assertTrue(http.get("/api/v1/rules").body().contains("Q169130 symptom"));

            Files.writeString(folder.resolve("broken.drl"), "package reload.test;\nrule \"broken\"\nwhen\n  EventRecord(\nthen\nend\n");
            while (JSON.readTree(http.get("/health").body()).get("status").asText().equals("ok")) {
                assertTrue(System.nanoTime() < deadline, "the broken rule was not noticed");
                Thread.sleep(100);
            }
            String problems = JSON.readTree(http.get("/health").body()).get("ruleProblems").toString();
            assertTrue(problems.contains("my-rules/broken.drl"), problems);
            assertFalse(problems.contains(dir.toString()), "no local path in /health: " + problems);
            assertTrue(http.upload(files, List.of()).body().contains("\"article\" : \"Q169130\""), "the previous rules stay in force");
        }
    }
}
