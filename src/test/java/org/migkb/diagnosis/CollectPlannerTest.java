package org.migkb.diagnosis;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.migkb.api.Diagnoser;
import org.migkb.facts.Answer;
import org.migkb.knowledge.Questions;
import org.migkb.report.Report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CollectPlannerTest {

    private static Diagnoser diagnoser;

    @BeforeAll
    static void build() {
        diagnoser = Diagnoser.builtIn();
    }

    private static Report diagnose(String folder, List<Answer> answers) throws IOException {
        return diagnoser.diagnose(List.of(Path.of(folder)), answers);
    }

    /** Every combination of the values tried for the keys. */
    private static List<List<Answer>> combinations(List<String> keys) {
        List<List<Answer>> combinations = new ArrayList<>(List.of(List.of()));
        for (String key : keys) {
            List<List<Answer>> next = new ArrayList<>();
            for (List<Answer> partial : combinations) {
                for (String value : Questions.builtIn().tries(key)) {
                    List<Answer> extended = new ArrayList<>(partial);
                    extended.add(Questions.builtIn().of(key, value));
                    next.add(extended);
                }
            }
            combinations = next;
        }
        return combinations;
    }

    @Test
    void theFirstItemForALone7026MovesTheCandidateItConcernsToRankOne() throws IOException {
        Report lone = diagnose("examples/lone-7026", List.of());
        PlannedItem first = lone.collectNext().get(0);
        assertEquals("answer", first.kind(), "an answer is cheaper than a file and, here, as telling");
        Diagnosis before = lone.diagnoses().get(0);
        boolean moved = false;
        for (List<Answer> answers : combinations(first.keys())) {
            Diagnosis top = diagnose("examples/lone-7026", answers).diagnoses().get(0);
            String topName = top.article() + "/" + top.cause();
            if (first.askedBy().contains(topName) && top.confidence() > before.confidence() + 0.2) {
                moved = true;
            }
        }
        assertTrue(moved, "supplying " + first.keys() + " moves one of " + first.askedBy() + " to rank 1");
    }

    @Test
    void itemsAreOrderedByValuePerEffortAndPairedAnswersCostTwo() throws IOException {
        List<PlannedItem> plan = diagnose("examples/lone-7026", List.of()).collectNext();
        for (int i = 1; i < plan.size(); i++) {
            assertTrue(plan.get(i - 1).score() >= plan.get(i).score(), plan.toString());
        }
        PlannedItem languages = plan.stream().filter(p -> p.keys().contains("serverLanguage")).findFirst().orElseThrow();
        assertEquals(List.of("clientLanguage", "serverLanguage"), languages.keys(), "one language alone tells nothing");
        assertEquals(2, languages.cost());
        assertTrue(plan.stream().filter(p -> p.kind().equals("file")).allMatch(p -> p.cost() == 3));
        PlannedItem servicePack = plan.stream().filter(p -> p.keys().equals(List.of("servicePack"))).findFirst().orElseThrow();
        assertTrue(servicePack.value() < plan.get(0).value(), "a weak signal is worth less than a strong one");
        assertTrue(servicePack.value() > 0, "trying SP0 and SP2 moves Q183312 through its FixStatus: " + servicePack);
    }

    @Test
    void answeredQuestionsAreNotAskedAgainAndAClearCaseAsksLittle() throws IOException {
        Report answered = diagnose("examples/lone-7026", List.of(Questions.builtIn().of("mailboxesPrecreated", "no"),
                Questions.builtIn().of("migrationMode", "two-step")));
        assertFalse(answered.collectNext().stream().anyMatch(p -> p.keys().contains("mailboxesPrecreated")
                || p.keys().contains("migrationMode")));
        Report clear = diagnose("examples/q242184-localized-client", List.of());
        assertTrue(clear.collectNext().stream().allMatch(p -> p.askedBy().stream()
                .allMatch(a -> a.startsWith("Q242184/"))), "only the leading candidates' questions: " + clear.collectNext());
    }

    @Test
    void hypothesesPairALanguageWithItsPartnerOnlyWhenThePartnerIsUnanswered() {
        List<Hypothesis> both = CollectPlanner.hypotheses(Questions.builtIn(), Set.of());
        assertTrue(both.stream().filter(h -> h.key().equals("serverLanguage")).allMatch(h -> h.answers().size() == 2));
        List<Hypothesis> one = CollectPlanner.hypotheses(Questions.builtIn(), Set.of("clientLanguage"));
        assertTrue(one.stream().filter(h -> h.key().equals("serverLanguage")).allMatch(h -> h.answers().size() == 1));
        assertTrue(one.stream().noneMatch(h -> h.key().equals("clientLanguage")));
    }
}
