package org.migkb.api;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.migkb.authoring.ScenarioResult;
import org.migkb.authoring.ScenarioRunner;
import org.migkb.diagnosis.Diagnosis;
import org.migkb.diagnosis.EvidenceItem;
import org.migkb.engine.RuleBase;
import org.migkb.engine.RuleCache;
import org.migkb.engine.RuleFolder;
import org.migkb.report.HtmlReportWriter;
import org.migkb.report.JsonReportWriter;
import org.migkb.report.MarkdownReportWriter;
import org.migkb.report.TextReportWriter;
import org.migkb.report.Report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A harmless verdict from a rule folder (test-only articles in src/test/resources/rulefolders):
 * reported as harmless, ranked last, and the event it explains no longer raises other candidates.
 */
class HarmlessVerdictTest {

    static final Path FOLDER = Path.of("src/test/resources/rulefolders/harmless-trial");
    private static final Path SCENARIOS = FOLDER.resolve("scenarios");
    private static final Path EDITED_LIST = Path.of("examples/q182665-edited-user-list");
    private static Diagnoser diagnoser;

    @BeforeAll
    static void build() throws Exception {
        RuleCache cache = new RuleCache(Path.of(System.getProperty("migkb.cache", "target/rule-cache")));
        diagnoser = Diagnoser.of(RuleBase.with(List.of(RuleFolder.open(FOLDER)), cache));
    }

    @Test
    void theFoldersScenariosPass() throws IOException {
        ScenarioRunner runner = new ScenarioRunner(diagnoser);
        for (Path file : RuleFolder.scenarioFiles(SCENARIOS)) {
            ScenarioResult result = runner.run(file);
            assertTrue(result.failures().isEmpty(), file + ": " + result.failures());
        }
    }

    @Test
    void aHarmlessFindingAloneListsWhatItExplainedAway() throws IOException {
        Report report = diagnoser.diagnose(List.of(SCENARIOS.resolve("trial-only")), List.of());
        assertEquals(1, report.diagnoses().size(), names(report));
        Diagnosis harmless = report.diagnoses().get(0);
        assertEquals(Diagnosis.HARMLESS, harmless.status());
        assertEquals(1, harmless.explains().size());
        assertEquals(List.of("Q182665/csv-migrate-proxy-removed", "Q183312/custom-recipient-converted",
                "Q242184/localized-client", "Q242184/mailbox-precreated"), harmless.explains().get(0).candidates());
        assertTrue(harmless.explains().get(0).source().endsWith("application-log.csv:1"), harmless.explains().toString());
        String json = new JsonReportWriter().toJson(report);
        assertTrue(json.contains("\"status\" : \"harmless\""), json);
        assertTrue(json.contains("\"explains\" : ["), json);
    }

    @Test
    void aCandidateThatStillAffectsUsersIsAtRiskWithItsSymptomMarkedExplained() throws IOException {
        Report report = diagnoser.diagnose(List.of(EDITED_LIST.resolve("users.csv"), EDITED_LIST.resolve("directory.csv"),
                SCENARIOS.resolve("trial-only/application-log.csv")), List.of());
        Diagnosis proxies = find(report, "Q182665");
        assertEquals(Diagnosis.AT_RISK, proxies.status(), names(report));
        assertEquals(List.of("NET1/PO1/BOB", "NET1/PO1/DAVE"), proxies.affected());
        EvidenceItem symptom = proxies.evidence().stream().filter(e -> e.strength().equals("symptom")).findFirst().orElseThrow();
        assertEquals("Q900100/trial-mailbox", symptom.explainedBy());
        assertTrue(proxies.evidence().stream().filter(e -> !e.strength().equals("symptom")).allMatch(e -> e.explainedBy() == null));
        Diagnosis last = report.diagnoses().get(report.diagnoses().size() - 1);
        assertEquals("Q900100", last.article(), "harmless ranks after the risks: " + names(report));
    }

    @Test
    void withoutTheExplanationTheSameCandidateFailed() throws IOException {
        Report report = diagnoser.diagnose(List.of(EDITED_LIST.resolve("users.csv"), EDITED_LIST.resolve("directory.csv"),
                SCENARIOS.resolve("real-user/application-log.csv")), List.of());
        Diagnosis proxies = find(report, "Q182665");
        assertEquals(Diagnosis.FAILED, proxies.status());
        assertTrue(proxies.evidence().stream().allMatch(e -> e.explainedBy() == null));
        assertFalse(report.diagnoses().stream().anyMatch(Diagnosis::harmless));
        assertTrue(proxies.explains().isEmpty());
    }

    @Test
    void everyReportSaysHarmlessPlainlyAndMarksTheExplainedSymptom() throws IOException {
        Report report = diagnoser.diagnose(List.of(EDITED_LIST.resolve("users.csv"), EDITED_LIST.resolve("directory.csv"),
                SCENARIOS.resolve("trial-only/application-log.csv")), List.of());
        String markdown = render(w -> new MarkdownReportWriter().write(report, w));
        assertTrue(markdown.contains("## 2. Q900100 trial-mailbox: harmless, confidence 0.10"), markdown);
        assertTrue(markdown.contains("Harmless: no action needed."), markdown);
        assertTrue(markdown.contains("| explained | symptom |"), markdown);
        String html = render(w -> new HtmlReportWriter().write(report, w));
        assertTrue(html.contains("<span class=\"status harmless\">Harmless: no action needed</span>"), html);
        assertTrue(html.contains("<td class=\"explained\">explained</td>"), html);
        String text = render(w -> new TextReportWriter().write(report, w));
        assertTrue(text.contains("Status: harmless: no action needed"), text);
        assertTrue(text.contains("(explained by Q900100/trial-mailbox: does not count)"), text);
    }

    private static String render(java.util.function.Consumer<java.io.PrintWriter> writer) {
        java.io.StringWriter out = new java.io.StringWriter();
        writer.accept(new java.io.PrintWriter(out));
        return out.toString();
    }

    @Test
    void harmlessAndExplainedOutputFollowsTheSchema() throws IOException {
        JsonSchema schema;
        try (InputStream in = Files.newInputStream(Path.of("docs/report.schema.json"))) {
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        }
        for (List<Path> inputs : List.of(List.of(SCENARIOS.resolve("trial-only")), List.of(EDITED_LIST.resolve("users.csv"),
                EDITED_LIST.resolve("directory.csv"), SCENARIOS.resolve("trial-only/application-log.csv")))) {
            String json = new JsonReportWriter().toJson(diagnoser.diagnose(inputs, List.of()));
            assertTrue(json.contains("\"explainedBy\"") || json.contains("\"explains\""), json);
            Set<ValidationMessage> errors = schema.validate(new ObjectMapper().readTree(json));
            assertEquals(Set.of(), errors);
        }
    }

    private static Diagnosis find(Report report, String article) {
        return report.diagnoses().stream().filter(d -> d.article().equals(article)).findFirst()
                .orElseThrow(() -> new AssertionError(article + " not in " + names(report)));
    }

    private static String names(Report report) {
        return report.diagnoses().stream().map(d -> d.rank() + " " + d.article() + "/" + d.cause() + " " + d.status()).toList().toString();
    }

    @Test
    void onlyAHarmlessCauseMayExplainAnEventAway(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
        Path articles = Files.createDirectories(dir.resolve("kb-articles"));
        Path rules = Files.createDirectories(dir.resolve("rules"));
        for (String name : List.of("Q900100.yaml", "Q900101.yaml")) {
            Files.copy(FOLDER.resolve("kb-articles").resolve(name), articles.resolve(name));
        }
        Files.writeString(articles.resolve("Q900100.yaml"),
                Files.readString(articles.resolve("Q900100.yaml")).replace("verdict: harmless", "verdict: failure"));
        Files.copy(FOLDER.resolve("rules/Q900100.drl"), rules.resolve("Q900100.drl"));
        org.migkb.engine.RuleCompileException e = org.junit.jupiter.api.Assertions.assertThrows(
                org.migkb.engine.RuleCompileException.class,
                () -> RuleBase.with(List.of(RuleFolder.open(dir)), new RuleCache(dir.resolve("cache"))));
        assertTrue(e.getMessage().contains("Q900100.drl:10: rule 'Q900100: a 7026 for the trial mailbox' explains an event"
                + " away, but cause 'trial-mailbox' of Q900100 is not harmless"), e.getMessage());
    }
}
