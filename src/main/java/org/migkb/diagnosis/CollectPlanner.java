package org.migkb.diagnosis;

import org.migkb.facts.Answer;
import org.migkb.facts.CollectNext;
import org.migkb.knowledge.Question;
import org.migkb.knowledge.Questions;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Orders what to collect next for the case by how much each item would change the ranking of
 * the leading candidates per unit of the engineer's effort (docs/collect-next.md). Answers are
 * measured, not guessed: the rules are run again with each answer the question's {@code tries}
 * names added, and the value is the mean, over those answers, of the largest change in a
 * leading candidate's confidence; an answer costs the question's {@code effort}. A file's or a check's content cannot be known in advance, so its value is the
 * swing one moderate finding gives.
 */
public final class CollectPlanner {

    /** Candidates within this much of the top one are the ones to tell apart. */
    public static final double CLOSE = 0.25;
    /** The value of a file or a check: what one moderate finding moves. */
    public static final double UNSEEN_EVIDENCE_VALUE = Scoring.supportWeight(org.migkb.facts.Strength.MODERATE);

    private final Questions questions;

    /** @param questions the questions of the loaded articles: their efforts are the answers' costs */
    public CollectPlanner(Questions questions) {
        this.questions = questions;
    }

    /** The effort a file or a check costs the engineer (an answer costs its question's effort). */
    private static int cost(String kind) {
        return kind.equals(CollectNext.FILE) ? 3 : 5;
    }

    /** Each unanswered question, answered each way it tries (what the pairing is tested on). */
    static List<Hypothesis> hypotheses(Questions questions, Set<String> answered) {
        return hypotheses(questions, answered, Set.copyOf(questions.keys()));
    }

    /**
     * The "what ifs" worth trying for a ranking: the questions its leading candidates ask (only
     * those can change how they compare), each answered each way its {@code tries} lists, with
     * its {@code triesWith} answers for the questions still unanswered.
     */
    public static List<Hypothesis> hypotheses(Questions questions, Set<String> answered, List<Diagnosis> ranked) {
        Set<String> asked = new java.util.TreeSet<>();
        leading(ranked).forEach(d -> d.collectNext().stream().filter(c -> c.kind().equals(CollectNext.ANSWER))
                .forEach(c -> asked.add(c.key())));
        return hypotheses(questions, answered, asked);
    }

    private static List<Hypothesis> hypotheses(Questions questions, Set<String> answered, Set<String> asked) {
        List<Hypothesis> hypotheses = new ArrayList<>();
        for (String key : questions.keys()) {
            if (answered.contains(key) || !asked.contains(key)) {
                continue;
            }
            Question question = questions.question(key).orElseThrow();
            for (String value : questions.tries(key)) {
                List<Answer> answers = new ArrayList<>(List.of(questions.of(key, value)));
                question.triesWith().forEach((partner, partnerValue) -> {
                    if (!answered.contains(partner)) {
                        answers.add(questions.of(partner, partnerValue));
                    }
                });
                hypotheses.add(new Hypothesis(key, value, List.copyOf(answers)));
            }
        }
        return hypotheses;
    }

    /**
     * @param actual       the ranked diagnoses
     * @param hypotheses   the what-ifs tried
     * @param alternatives the ranked diagnoses under each what-if, in the same order
     */
    public List<PlannedItem> plan(List<Diagnosis> actual, List<Hypothesis> hypotheses, List<List<Diagnosis>> alternatives) {
        List<Diagnosis> close = leading(actual);
        // One item per set of keys: an answer tried with another (triesWith: a language) is asked with it.
        Map<String, List<String>> keysOf = new LinkedHashMap<>();
        Map<String, List<String>> textsOf = new LinkedHashMap<>();
        Map<String, java.util.Set<String>> askersOf = new LinkedHashMap<>();
        Map<String, String> kindOf = new LinkedHashMap<>();
        for (Diagnosis d : close) {
            for (CollectItem item : d.collectNext()) {
                List<String> keys = item.kind().equals(CollectNext.ANSWER) ? keysAskedWith(item.key(), hypotheses) : List.of(item.key());
                String id = item.kind() + ":" + String.join("+", keys);
                kindOf.put(id, item.kind());
                keysOf.put(id, keys);
                List<String> texts = textsOf.computeIfAbsent(id, k -> new ArrayList<>());
                if (!texts.contains(item.text())) {
                    texts.add(item.text());
                }
                askersOf.computeIfAbsent(id, k -> new java.util.TreeSet<>()).add(d.article() + "/" + d.cause());
            }
        }
        List<PlannedItem> plan = new ArrayList<>();
        for (String id : keysOf.keySet()) {
            String kind = kindOf.get(id);
            List<String> keys = keysOf.get(id);
            double value = kind.equals(CollectNext.ANSWER) ? answerValue(keys, close, hypotheses, alternatives) : UNSEEN_EVIDENCE_VALUE;
            int cost = kind.equals(CollectNext.ANSWER) ? keys.stream().mapToInt(questions::effort).sum() : cost(kind) * keys.size();
            plan.add(new PlannedItem(kind, keys, String.join("; ", textsOf.get(id)), cost, round(value), round(value / cost),
                    List.copyOf(askersOf.get(id))));
        }
        plan.sort(Comparator.comparingDouble(PlannedItem::score).reversed()
                .thenComparingInt(PlannedItem::cost)
                .thenComparing(PlannedItem::kind)
                .thenComparing(p -> String.join("+", p.keys())));
        return plan;
    }

    /** The keys a what-if for this key answers together, sorted: the key alone, or with those it is tried with. */
    private static List<String> keysAskedWith(String key, List<Hypothesis> hypotheses) {
        java.util.TreeSet<String> keys = new java.util.TreeSet<>(List.of(key));
        hypotheses.stream().filter(h -> h.key().equals(key))
                .forEach(h -> h.answers().forEach(a -> keys.add(a.key())));
        return List.copyOf(keys);
    }

    /**
     * The candidates to tell apart: the failures (or, with none, the risks; with neither, the harmless
     * findings) within {@link #CLOSE} of the best.
     */
    static List<Diagnosis> leading(List<Diagnosis> ranked) {
        int first = ranked.stream().mapToInt(Diagnosis::statusOrder).min().orElse(0);
        List<Diagnosis> group = ranked.stream().filter(d -> d.statusOrder() == first).toList();
        double top = group.stream().mapToDouble(Diagnosis::confidence).max().orElse(0);
        return group.stream().filter(d -> d.confidence() >= top - CLOSE).toList();
    }

    /** The mean, over the answers tried for these keys, of the largest change in a leading candidate's confidence. */
    private static double answerValue(List<String> keys, List<Diagnosis> close, List<Hypothesis> hypotheses,
                                      List<List<Diagnosis>> alternatives) {
        double total = 0;
        int tried = 0;
        for (int i = 0; i < hypotheses.size(); i++) {
            if (!keys.contains(hypotheses.get(i).key())) {
                continue;
            }
            tried++;
            double largest = 0;
            for (Diagnosis d : close) {
                double after = alternatives.get(i).stream()
                        .filter(a -> a.article().equals(d.article()) && a.cause().equals(d.cause()))
                        .mapToDouble(Diagnosis::confidence).findFirst().orElse(0);
                largest = Math.max(largest, Math.abs(after - d.confidence()));
            }
            total += largest;
        }
        return tried == 0 ? 0 : total / tried;
    }

    private static double round(double value) {
        return BigDecimal.valueOf(value).setScale(3, RoundingMode.HALF_UP).doubleValue();
    }
}
