package org.migkb.api;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.migkb.diagnosis.Diagnosis;
import org.migkb.report.Report;

import java.io.IOException;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * "Could not migrate MMF file for account": Q168606 (events 7000/7007, Exchange 4.0 to 5.5) against
 * Q199980 (151/135 with UserId and Mmfpath lines, 5.5 only), told apart on paired cases by the event
 * form, the version and the answers.
 */
class MmfDifferentialTest {

    private static Report diagnose(String folder, String... answers) throws IOException {
        return BuiltInDiagnoses.diagnose(folder, answers);
    }

    private static List<Diagnosis> of(Report report, String article) {
        return report.diagnoses().stream().filter(d -> d.article().equals(article)).toList();
    }

    @ParameterizedTest(name = "{0}: {1} first, {2} below")
    @CsvSource({
            "examples/q168606-mmf-password-out-of-sync, Q168606, Q199980, is the form Q168606 describes",
            "examples/q199980-mmf-unstable,             Q199980, Q168606, is the form Q199980 describes"})
    void eachCaseRanksItsArticleFirstAndTheOtherBelowWithTheFormAgainstIt(String folder, String winner, String loser,
                                                                           String form) throws IOException {
        Report report = diagnose(folder);
        Diagnosis top = report.diagnoses().get(0);
        assertEquals(winner, top.article());
        assertFalse(top.affected().isEmpty());
        List<Diagnosis> below = of(report, loser);
        assertFalse(below.isEmpty(), loser + " shares the message, so it stays a candidate");
        for (Diagnosis d : below) {
            assertTrue(d.confidence() < top.confidence() / 2, d.cause() + " " + d.confidence() + " against " + top.confidence());
            assertTrue(d.evidence().stream().anyMatch(e -> !e.supports() && e.text().contains(form)), d.evidence().toString());
            assertEquals(List.of(), d.affected(), "the other article's events name nobody for it");
        }
    }

    @Test
    void anExchangeVersionOtherThanFivePointFiveCountsAgainstQ199980() throws IOException {
        double on55 = of(diagnose("examples/q199980-mmf-unstable"), "Q199980").get(0).confidence();
        Diagnosis on50 = of(diagnose("examples/q199980-mmf-unstable", "exchangeVersion=5.0"), "Q199980").get(0);
        assertTrue(on50.confidence() < on55 / 2, on50.confidence() + " against " + on55);
        assertTrue(on50.evidence().stream().anyMatch(e -> !e.supports() && e.source().equals("answer:exchangeVersion")));
    }

    @Test
    void theAnswersChooseBetweenTheTwoCausesOfQ168606() throws IOException {
        Report asGiven = diagnose("examples/q168606-mmf-password-out-of-sync");
        assertEquals("mmf-password-out-of-sync", asGiven.diagnoses().get(0).cause());
        Report clientOpen = diagnose("examples/q168606-mmf-password-out-of-sync", "usersLoggedOff=no", "passwordsRecovered=no");
        assertEquals("Q168606 mmf-locked-by-client", clientOpen.diagnoses().get(0).article() + " " + clientOpen.diagnoses().get(0).cause());
        assertEquals(List.of("NET1/PO1/ALICE", "NET1/PO1/CAROL"), clientOpen.diagnoses().get(0).affected());
    }
}
