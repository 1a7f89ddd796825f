package org.migkb.diagnosis;

import org.junit.jupiter.api.Test;
import org.migkb.engine.Conclusions;
import org.migkb.facts.CollectNext;
import org.migkb.facts.Evidence;
import org.migkb.facts.ExplainedEvent;
import org.migkb.facts.Provenance;
import org.migkb.facts.Strength;
import org.migkb.knowledge.ArticleLibrary;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RankerTest {

    private static final String A = "Q182665";
    private static final String C = "csv-migrate-proxy-removed";

    private static Evidence evidence(String user, boolean supports, Strength strength, String rule, int line) {
        return new Evidence(A, C, user, supports, strength, Provenance.ofLine("users.csv", line), "text " + line, rule);
    }

    private static Ranker ranker() throws IOException {
        return new Ranker(ArticleLibrary.fromFolder(Path.of("kb-articles")));
    }

    @Test
    void withoutTheSymptomAffectedUsersAreAtRiskAndOtherwiseThereIsNoDiagnosis() throws IOException {
        Conclusions risk = new Conclusions(List.of(evidence("N/P/A", true, Strength.STRONG, "r1", 2)), List.of(), 1, Set.of());
        Diagnosis d = ranker().rank(risk).get(0);
        assertEquals(Diagnosis.AT_RISK, d.status());
        assertEquals(List.of("N/P/A"), d.affected());
        assertEquals(Scoring.confidence(List.of(Strength.STRONG), List.of(), 0), d.confidence());
        Conclusions nothing = new Conclusions(List.of(evidence(null, false, Strength.MODERATE, "r2", 2)), List.of(), 1, Set.of());
        assertEquals(List.of(), ranker().rank(nothing));
    }

    @Test
    void failuresRankBeforeRisksWhateverTheirConfidence() throws IOException {
        Evidence riskOfOther = new Evidence("Q183312", "custom-recipient-converted", "N/P/B", true, Strength.STRONG,
                Provenance.ofLine("d.csv", 3), "strong risk", "r9");
        Conclusions c = new Conclusions(List.of(evidence(null, true, Strength.SYMPTOM, "symptom", 1), riskOfOther),
                List.of(), 2, Set.of());
        List<Diagnosis> ranked = ranker().rank(c);
        assertEquals(List.of("Q182665 failed", "Q183312 at-risk"), ranked.stream().map(d -> d.article() + " " + d.status()).toList());
        assertTrue(ranked.get(1).confidence() > ranked.get(0).confidence());
    }

    @Test
    void aUserIsAffectedOnlyWhenSupportOutweighsContraryEvidence() throws IOException {
        Conclusions c = new Conclusions(List.of(
                evidence(null, true, Strength.SYMPTOM, "symptom", 9),
                evidence("N/P/A", true, Strength.STRONG, "r1", 2),
                evidence("N/P/B", true, Strength.MODERATE, "r2", 3),
                evidence("N/P/B", false, Strength.STRONG, "r3", 3),
                evidence("N/P/C", true, Strength.MODERATE, "r2", 4),
                evidence("N/P/C", false, Strength.MODERATE, "r3", 4)), List.of(), 6, Set.of());
        Diagnosis d = ranker().rank(c).get(0);
        assertEquals(List.of("N/P/A"), d.affected());
        // r2's support belongs to cleared users only and the user-level r3 never lowers the case: symptom + r1.
        assertEquals(Scoring.confidence(List.of(Strength.SYMPTOM, Strength.STRONG), List.of(), 0), d.confidence());
    }

    @Test
    void evidenceIsOrderedSupportFirstThenStrengthThenLineNumerically() throws IOException {
        Conclusions c = new Conclusions(List.of(
                evidence(null, false, Strength.MODERATE, "against", 1),
                evidence(null, true, Strength.SYMPTOM, "symptom", 100),
                evidence("N/P/A", true, Strength.STRONG, "r1", 10),
                evidence("N/P/B", true, Strength.STRONG, "r1", 9)), List.of(), 4, Set.of());
        List<String> order = ranker().rank(c).get(0).evidence().stream().map(EvidenceItem::source).toList();
        assertEquals(List.of("users.csv:9", "users.csv:10", "users.csv:100", "users.csv:1"), order);
    }

    @Test
    void collectNextListsAnswersBeforeFilesOncePerKey() throws IOException {
        Conclusions c = new Conclusions(List.of(evidence(null, true, Strength.SYMPTOM, "symptom", 1)), List.of(
                new CollectNext(A, C, CollectNext.FILE, "user-list", "the list", "r9"),
                new CollectNext(A, C, CollectNext.ANSWER, "migrationMode", "one or two?", "r8"),
                new CollectNext(A, C, CollectNext.FILE, "user-list", "the list again", "r7")), 1, Set.of());
        List<CollectItem> items = ranker().rank(c).get(0).collectNext();
        assertEquals(List.of("answer:migrationMode", "file:user-list"), items.stream().map(i -> i.kind() + ":" + i.key()).toList());
        assertEquals("the list again", items.get(1).text(), "the first asking rule by name gives the text");
    }

    private static final String HARMLESS = "Q900100";
    private static final String TRIAL = "trial-mailbox";

    private static Ranker rankerWithHarmless() throws IOException {
        return new Ranker(ArticleLibrary.fromFolder(Path.of("kb-articles"))
                .with(ArticleLibrary.fromFolder(Path.of("src/test/resources/rulefolders/harmless-trial/kb-articles"))));
    }

    private static Evidence harmlessSymptom(int line) {
        return new Evidence(HARMLESS, TRIAL, null, true, Strength.SYMPTOM, Provenance.ofLine("app.csv", line), "trial", "h");
    }

    private static ExplainedEvent explained(int line) {
        return new ExplainedEvent(HARMLESS, TRIAL, Provenance.ofLine("app.csv", line), "expected", "h");
    }

    private static Evidence otherSymptom(int line) {
        return new Evidence(A, C, null, true, Strength.SYMPTOM, Provenance.ofLine("app.csv", line), "7026 " + line, "s");
    }

    @Test
    void aCandidateWithAnotherSymptomStillFailsAndOneWithNoneIsDropped() throws IOException {
        Conclusions twoEvents = new Conclusions(List.of(harmlessSymptom(1), otherSymptom(1), otherSymptom(2)), List.of(), 1,
                Set.of(), List.of(), List.of(explained(1)));
        List<Diagnosis> ranked = rankerWithHarmless().rank(twoEvents);
        assertEquals(List.of("Q182665 failed", "Q900100 harmless"), ranked.stream().map(d -> d.article() + " " + d.status()).toList());
        assertEquals(Scoring.confidence(List.of(Strength.SYMPTOM), List.of(), 0), ranked.get(0).confidence());
        assertEquals(java.util.Arrays.asList("Q900100/trial-mailbox", null),
                ranked.get(0).evidence().stream().map(EvidenceItem::explainedBy).toList());

        Conclusions withoutItsSymptom = new Conclusions(List.of(otherSymptom(1)), List.of(), 1, Set.of(), List.of(),
                List.of(explained(1)));
        assertEquals(List.of("Q182665 failed"), rankerWithHarmless().rank(withoutItsSymptom).stream()
                .map(d -> d.article() + " " + d.status()).toList(), "an explanation without its harmless finding is ignored");

        Conclusions oneEvent = new Conclusions(List.of(harmlessSymptom(1), otherSymptom(1)), List.of(), 1, Set.of(), List.of(),
                List.of(explained(1)));
        List<Diagnosis> alone = rankerWithHarmless().rank(oneEvent);
        assertEquals(List.of("Q900100 harmless"), alone.stream().map(d -> d.article() + " " + d.status()).toList());
        assertEquals(List.of(new ExplainedItem("app.csv:1", "expected", List.of("Q182665/csv-migrate-proxy-removed"), "h")),
                alone.get(0).explains());
    }

    @Test
    void aHarmlessCauseIsNeverAtRiskAndRanksAfterRisks() throws IOException {
        Evidence userOfHarmless = new Evidence(HARMLESS, TRIAL, "N/P/A", true, Strength.STRONG, Provenance.ofLine("u.csv", 2), "u", "h2");
        assertEquals(List.of(), rankerWithHarmless().rank(new Conclusions(List.of(userOfHarmless), List.of(), 1, Set.of())));
        Conclusions c = new Conclusions(List.of(harmlessSymptom(1), userOfHarmless, evidence("N/P/B", true, Strength.WEAK, "r", 3)),
                List.of(), 1, Set.of());
        assertEquals(List.of("1 Q182665 at-risk", "2 Q900100 harmless"), rankerWithHarmless().rank(c).stream()
                .map(d -> d.rank() + " " + d.article() + " " + d.status()).toList());
    }
}
