package org.migkb.report;

import org.migkb.diagnosis.Diagnosis;
import org.migkb.diagnosis.PlannedItem;
import org.migkb.facts.Answer;
import org.migkb.ingest.InputSummary;

import java.util.Comparator;
import java.util.List;

/**
 * The result of one diagnosis run, as every rendering shows it.
 *
 * @param schema    identifies the JSON contract version
 * @param inputs    each file read, in path order, with its warnings
 * @param answers   the engineer's answers, normalised, in key order
 * @param diagnoses ranked, most likely first
 * @param collectNext what to collect next for the case as a whole, most useful per unit of effort first
 */
public record Report(String schema, List<InputSummary> inputs, List<GivenAnswer> answers, List<Diagnosis> diagnoses,
                     List<PlannedItem> collectNext) {

    public static final String SCHEMA = "migkb-report/1";

    /** An answer as the report echoes it, with where it came from ({@code answer:KEY} or {@code file:line}). */
    public record GivenAnswer(String key, String value, String source) {
    }

    public static Report of(List<InputSummary> inputs, List<Answer> answers, List<Diagnosis> diagnoses,
                            List<PlannedItem> collectNext) {
        List<GivenAnswer> given = answers.stream()
                .sorted(Comparator.comparing(Answer::key))
                .map(a -> new GivenAnswer(a.key(), a.value(), a.at().cite()))
                .toList();
        return new Report(SCHEMA, List.copyOf(inputs), given, List.copyOf(diagnoses), List.copyOf(collectNext));
    }

    public long warningCount() {
        return inputs.stream().mapToLong(i -> i.warnings().size()).sum();
    }
}
