package org.migkb.api;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.migkb.diagnosis.Diagnosis;
import org.migkb.ingest.CaseData;
import org.migkb.report.JsonReportWriter;
import org.migkb.report.Report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The bundled example cases, diagnosed end to end with the built-in readers, rules and articles. */
class ExampleCasesTest {

    static Report diagnose(String folder, String... answers) throws IOException {
        return BuiltInDiagnoses.diagnose(folder, answers);
    }

    private static Diagnosis find(Report report, String article, String cause) {
        return report.diagnoses().stream()
                .filter(d -> d.article().equals(article) && d.cause().equals(cause))
                .findFirst().orElseThrow(() -> new AssertionError("no diagnosis " + article + " " + cause));
    }

    @ParameterizedTest(name = "{0} ranks {1} {2} first")
    @CsvSource({
            "examples/q182665-edited-user-list,   Q182665, csv-migrate-proxy-removed,  NET1/PO1/BOB NET1/PO1/DAVE",
            "examples/q242184-precreated-mailboxes, Q242184, mailbox-precreated,       NET1/PO1/CAROL NET1/PO1/ERIN",
            "examples/q242184-localized-client,   Q242184, localized-client,           NET1/PO1/BOB",
            "examples/q183312-custom-recipient,   Q183312, custom-recipient-converted, NET1/PO1/CAROL NET1/PO1/DAVE",
            "examples/q186742-existing-mailbox-other-alias, Q186742, existing-mailbox-other-alias, NET1/PO1/ALICE",
            "examples/preflight-before-step-two, Q182665, csv-migrate-proxy-removed, NET1/PO1/BOB"})
    void eachCauseRanksFirstOnItsOwnCase(String folder, String article, String cause, String affected) throws IOException {
        Report report = diagnose(folder);
        Diagnosis top = report.diagnoses().get(0);
        assertEquals(article + " " + cause, top.article() + " " + top.cause());
        assertEquals(1, top.rank());
        assertEquals(List.of(affected.split(" ")), top.affected());
        if (report.diagnoses().size() > 1) {
            assertTrue(top.confidence() > report.diagnoses().get(1).confidence(), "a clear winner, not a tie");
        }
        assertFalse(top.steps().isEmpty());
        assertTrue(top.evidence().stream().anyMatch(e -> e.supports() && e.strength().equals("strong")));
        assertTrue(top.evidence().stream().allMatch(e -> e.source().matches(".+(:\\d+|#\\d+)|answer:\\w+")),
                "every piece of evidence cites a line, record or answer");
    }

    @Test
    void healthyMigrationHasNoDiagnosis() throws IOException {
        Report report = diagnose("examples/healthy-migration");
        assertEquals(List.of(), report.diagnoses());
        assertEquals(0, report.warningCount());
        assertEquals(3, report.inputs().size());
    }

    @Test
    void preflightListsExactlyTheUsersAtRiskAndSaysTheyWillFail() throws IOException {
        Report report = diagnose("examples/preflight-before-step-two");
        assertEquals(List.of("Q182665 csv-migrate-proxy-removed at-risk [NET1/PO1/BOB]",
                        "Q183312 custom-recipient-converted at-risk [NET1/PO1/FRANK]"),
                report.diagnoses().stream().map(d -> d.article() + " " + d.cause() + " " + d.status() + " " + d.affected()).toList());
        java.io.StringWriter text = new java.io.StringWriter();
        new org.migkb.report.TextReportWriter().write(report, new java.io.PrintWriter(text));
        assertTrue(text.toString().contains("will fail"), text.toString());
        assertFalse(text.toString().contains("failed -"), text.toString());
    }

    @Test
    void aFailureIsMarkedFailed() throws IOException {
        assertTrue(diagnose("examples/mixed-causes").diagnoses().stream().allMatch(d -> d.status().equals("failed")));
    }

    @Test
    void lone7026YieldsEveryCandidateWithLowConfidenceAndWhatToCollect() throws IOException {
        Report report = diagnose("examples/lone-7026");
        assertEquals(List.of("Q182665 csv-migrate-proxy-removed", "Q183312 custom-recipient-converted",
                        "Q242184 localized-client", "Q242184 mailbox-precreated"),
                report.diagnoses().stream().map(d -> d.article() + " " + d.cause()).sorted().toList());
        for (Diagnosis d : report.diagnoses()) {
            assertTrue(d.confidence() < 0.15, d.cause() + " " + d.confidence());
            assertFalse(d.collectNext().isEmpty(), d.cause());
            assertEquals(List.of(), d.affected());
        }
    }

    @Test
    void mixedCaseGivesEachDiagnosisExactlyItsOwnUsers() throws IOException {
        Report report = diagnose("examples/mixed-causes");
        assertEquals(List.of("NET1/PO1/BOB"), find(report, "Q182665", "csv-migrate-proxy-removed").affected());
        assertEquals(List.of("NET1/PO1/CAROL"), find(report, "Q183312", "custom-recipient-converted").affected());
        assertEquals(List.of(), find(report, "Q242184", "mailbox-precreated").affected());
        assertEquals(List.of(), find(report, "Q242184", "localized-client").affected());
        assertEquals(List.of("Q182665", "Q183312"), report.diagnoses().subList(0, 2).stream().map(Diagnosis::article).toList());
    }

    @Test
    void malformedInputIsWarnedByLineAndTheRestIsStillDiagnosed() throws IOException {
        Report report = diagnose("src/test/resources/cases/malformed");
        String dir = "src/test/resources/cases/malformed/";
        List<String> warnings = report.inputs().stream().flatMap(i -> i.warnings().stream())
                .map(w -> w.at() + ": " + w.message().replaceFirst("; supported: .*", "")).toList();
        assertEquals(List.of(
                dir + "application-log.csv:3: event ID '70x6' is not a number; skipped",
                dir + "core.dmp: format not recognised",
                dir + "directory.csv:7: 3 fields where the header has 7; row skipped",
                dir + "empty.csv: the file is empty",
                dir + "users.csv:4: 14 fields where the header has 13; row skipped"), warnings);
        Diagnosis top = report.diagnoses().get(0);
        assertEquals("Q182665", top.article());
        assertEquals(List.of("NET1/PO1/BOB", "NET1/PO1/DAVE"), top.affected());
    }

    @Test
    void answersMoveTheRanking() throws IOException {
        assertEquals("custom-recipient-converted", diagnose("examples/q183312-custom-recipient").diagnoses().get(0).cause());
        Diagnosis fixedServer = find(diagnose("examples/q183312-custom-recipient", "exchangeVersion=5.5", "servicePack=SP2"),
                "Q183312", "custom-recipient-converted");
        assertTrue(fixedServer.confidence() < 0.2, "a fixed service pack outweighs the directory evidence: " + fixedServer.confidence());
        assertTrue(fixedServer.evidence().stream().anyMatch(e -> !e.supports() && e.source().equals("answer:servicePack")));

        Report oneStep = diagnose("examples/q182665-edited-user-list", "migrationMode=one-step");
        assertTrue(find(oneStep, "Q182665", "csv-migrate-proxy-removed").confidence() < 0.2);

        Report notPrecreated = diagnose("examples/q242184-precreated-mailboxes", "mailboxesPrecreated=no");
        assertTrue(find(notPrecreated, "Q242184", "mailbox-precreated").confidence() < 0.2);

        Report precreated = diagnose("examples/q242184-precreated-mailboxes", "mailboxesPrecreated=yes");
        assertTrue(find(precreated, "Q242184", "mailbox-precreated").confidence()
                > find(diagnose("examples/q242184-precreated-mailboxes"), "Q242184", "mailbox-precreated").confidence());
    }

    @Test
    void commandLineAnswersReplaceTheCaseFileAnswers() throws IOException {
        Report fromFile = diagnose("examples/q242184-localized-client");
        assertEquals("localized-client", fromFile.diagnoses().get(0).cause());
        assertTrue(fromFile.answers().stream().anyMatch(a -> a.key().equals("clientLanguage")
                && a.source().equals("examples/q242184-localized-client/answers.txt:4")));
        Report sameLanguage = diagnose("examples/q242184-localized-client", "clientLanguage=en");
        assertEquals("mailbox-precreated", sameLanguage.diagnoses().get(0).cause());
        assertTrue(sameLanguage.answers().stream().anyMatch(a -> a.key().equals("clientLanguage") && a.source().equals("answer:clientLanguage")));
    }

    @Test
    void sameCaseGivesByteIdenticalJsonWhateverTheFactOrder() throws IOException {
        JsonReportWriter json = new JsonReportWriter();
        for (String folder : List.of("examples/mixed-causes", "examples/q242184-localized-client", "examples/lone-7026")) {
            String first = json.toJson(diagnose(folder));
            assertEquals(first, json.toJson(diagnose(folder)), folder);
            CaseData data = BuiltInDiagnoses.diagnoser().read(List.of(Path.of(folder)));
            for (long seed = 1; seed <= 3; seed++) {
                List<Object> shuffled = new ArrayList<>(data.facts());
                Collections.shuffle(shuffled, new Random(seed));
                assertEquals(first, json.toJson(BuiltInDiagnoses.diagnoser().diagnose(new CaseData(shuffled, data.inputs()), List.of())),
                        folder + ", facts shuffled with seed " + seed);
            }
        }
    }
}
