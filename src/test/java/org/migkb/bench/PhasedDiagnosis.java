package org.migkb.bench;

import org.migkb.api.Diagnoser;
import org.migkb.diagnosis.CollectPlanner;
import org.migkb.diagnosis.Diagnosis;
import org.migkb.diagnosis.Hypothesis;
import org.migkb.diagnosis.PlannedItem;
import org.migkb.diagnosis.Ranker;
import org.migkb.engine.EngineLimits;
import org.migkb.engine.RuleRunner;
import org.migkb.engine.WhatIfConclusions;
import org.migkb.facts.AmbiguousName;
import org.migkb.facts.Answer;
import org.migkb.ingest.CaseData;
import org.migkb.report.JsonReportWriter;
import org.migkb.report.Report;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code Diagnoser.diagnoseWithCoverage} step by step with a clock between the steps, for the
 * per-phase breakdown. The benchmark checks that it writes the same JSON as {@link Diagnoser},
 * so a change there that this copy misses fails the benchmark rather than skewing it.
 */
final class PhasedDiagnosis {

    /**
     * Seconds per phase, and the live heap (after a GC) while the session still holds the facts
     * and conclusions, measured between the rules and the what-ifs and not counted in any phase.
     */
    record Phases(double read, double rules, double whatIfs, double rank, double write, long heapAfterRules) {
    }

    private PhasedDiagnosis() {
    }

    /** Diagnoses the paths, writing JSON to {@code json} unless null. */
    static Phases run(Diagnoser diagnoser, List<Path> paths, Path json) throws IOException {
        long t0 = System.nanoTime();
        CaseData data = diagnoser.read(paths);
        long t1 = System.nanoTime();

        Map<String, Answer> effective = new TreeMap<>();
        List<Object> facts = new ArrayList<>();
        var wanted = diagnoser.rules().addressInterest().asSessionFilter();
        for (Object fact : data.facts()) {
            if (fact instanceof Answer a) {
                effective.put(a.key(), a);
            } else if (wanted.test(fact)) {
                facts.add(fact);
            }
        }
        facts.addAll(AmbiguousName.among(facts)); // as Diagnoser does
        facts.addAll(effective.values());
        facts.addAll(diagnoser.rules().articles().fixes());
        Ranker ranker = new Ranker(diagnoser.rules().articles());
        List<List<Diagnosis>> ranked = new ArrayList<>();
        List<List<Hypothesis>> tried = new ArrayList<>();
        long[] marks = new long[4];
        WhatIfConclusions conclusions = new RuleRunner(diagnoser.rules(), EngineLimits.DEFAULT).run(facts, actual -> {
            marks[0] = System.nanoTime();
            ranked.add(ranker.rank(actual));
            tried.add(CollectPlanner.hypotheses(diagnoser.rules().questions(), effective.keySet(), ranked.get(0)));
            marks[1] = System.nanoTime();
            marks[2] = ScaleBench.liveHeap();
            marks[3] = System.nanoTime();
            return tried.get(0).stream().<List<?>>map(Hypothesis::answers).toList();
        });
        long t2 = System.nanoTime();
        List<Diagnosis> diagnoses = ranked.get(0);
        List<List<Diagnosis>> alternatives = conclusions.alternatives().stream().map(ranker::rank).toList();
        List<PlannedItem> plan = new CollectPlanner(diagnoser.rules().questions()).plan(diagnoses, tried.get(0), alternatives);
        Report report = Report.of(data.inputs(), List.copyOf(effective.values()), diagnoses, plan);
        long t3 = System.nanoTime();
        if (json != null) {
            try (Writer w = Files.newBufferedWriter(json, StandardCharsets.UTF_8)) {
                new JsonReportWriter().write(report, w);
            }
        }
        long t4 = System.nanoTime();
        return new Phases((t1 - t0) / 1e9, (marks[0] - t1) / 1e9, (t2 - marks[3]) / 1e9,
                ((marks[1] - marks[0]) + (t3 - t2)) / 1e9, (t4 - t3) / 1e9, marks[2]);
    }
}
