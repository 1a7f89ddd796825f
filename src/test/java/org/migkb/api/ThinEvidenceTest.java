package org.migkb.api;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.migkb.diagnosis.CollectItem;
import org.migkb.diagnosis.Diagnosis;
import org.migkb.facts.Answer;
import org.migkb.knowledge.Questions;
import org.migkb.report.Report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The "too thin" scenarios of Q168606, Q199980, Q255888 and Q174153: the article is a candidate for
 * nobody in particular, with low confidence, and asks for exactly what would settle it.
 */
class ThinEvidenceTest {

    private static Diagnoser diagnoser;

    @BeforeAll
    static void buildOnce() {
        diagnoser = Diagnoser.builtIn();
    }

    @ParameterizedTest(name = "{0} {1}: {2} {3} asks for {4}")
    @CsvSource(delimiter = '|', value = {
            "rules/scenarios/q168606-lone-7000 |                    | Q168606 | mmf-locked-by-client            | usersLoggedOff user-list",
            "rules/scenarios/q168606-lone-7000 |                    | Q168606 | mmf-password-out-of-sync        | passwordsRecovered user-list",
            "rules/scenarios/q199980-lone-135  |                    | Q199980 | mmf-locked-or-unstable          | exchangeVersion user-list",
            "rules/scenarios/q255888-lone-7044 |                    | Q255888 | service-account-admin           | migrationAccountRole user-list",
            "examples/healthy-migration        | charactersWrong=yes | Q174153 | mapi-service-language-mismatch | postofficeLanguage serverLanguage"})
    void theCandidateAsksForWhatWouldSettleIt(String folder, String answer, String article, String cause, String keys)
            throws IOException {
        List<Answer> given = new ArrayList<>();
        if (answer != null) {
            given.add(Questions.builtIn().parse(answer));
        }
        Report report = diagnoser.diagnose(List.of(Path.of(folder)), given);
        Diagnosis d = report.diagnoses().stream().filter(x -> x.article().equals(article) && x.cause().equals(cause))
                .findFirst().orElseThrow(() -> new AssertionError(report.diagnoses().toString()));
        assertEquals(Diagnosis.FAILED, d.status());
        assertEquals(List.of(), d.affected());
        assertTrue(d.confidence() < 0.1, String.valueOf(d.confidence()));
        assertEquals(Arrays.asList(keys.split(" ")), d.collectNext().stream().map(CollectItem::key).toList());
    }
}
