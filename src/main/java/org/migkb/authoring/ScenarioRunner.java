package org.migkb.authoring;

import org.migkb.api.Diagnoser;
import org.migkb.diagnosis.Diagnosis;
import org.migkb.engine.RuleFolder;
import org.migkb.facts.Answer;
import org.migkb.ingest.CaseData;
import org.migkb.knowledge.StrictYaml;
import org.migkb.report.Report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Runs scenarios: diagnoses each expectation file's case with the given diagnoser and checks
 * every expectation, reporting each unmet one in words.
 */
public final class ScenarioRunner {

    private final Diagnoser diagnoser;

    public ScenarioRunner(Diagnoser diagnoser) {
        this.diagnoser = diagnoser;
    }

    public ScenarioResult run(Path expectationFile) {
        String fileName = expectationFile.getFileName().toString();
        String name = fileName.substring(0, fileName.length() - RuleFolder.EXPECTATION_SUFFIX.length());
        String file = expectationFile.toString();
        Expectation expectation;
        try {
            expectation = StrictYaml.read(Files.readString(expectationFile), file, Expectation.class);
        } catch (IOException e) {
            return failed(name, file, e.getMessage());
        }
        if (expectation == null || expectation.expect() == null) {
            return failed(name, file, file + ": no 'expect' section");
        }
        Path caseFolder = expectation.caseFolder() != null
                ? expectationFile.resolveSibling(expectation.caseFolder()).normalize()
                : expectationFile.resolveSibling(name);
        if (!Files.exists(caseFolder)) {
            return failed(name, file, "case folder " + caseFolder + " does not exist");
        }
        List<Answer> answers = new ArrayList<>();
        if (expectation.answers() != null) {
            for (Map.Entry<String, String> answer : expectation.answers().entrySet()) {
                try {
                    answers.add(diagnoser.questions().of(answer.getKey(), answer.getValue()));
                } catch (IllegalArgumentException e) {
                    return failed(name, file, file + ": " + e.getMessage());
                }
            }
        }
        try {
            CaseData data = diagnoser.read(List.of(caseFolder));
            Diagnoser.Outcome outcome = diagnoser.diagnoseWithCoverage(data, answers);
            return new ScenarioResult(name, file, check(expectation.expect(), outcome.report()), outcome.firedRules());
        } catch (IOException | RuntimeException e) {
            return failed(name, file, "could not be diagnosed: " + e.getMessage());
        }
    }

    private static ScenarioResult failed(String name, String file, String why) {
        return new ScenarioResult(name, file, List.of(why), Set.of());
    }

    /** Every unmet expectation, in words. */
    static List<String> check(Expectation.Expect expect, Report report) {
        List<String> failures = new ArrayList<>();
        List<Diagnosis> diagnoses = report.diagnoses();
        if (Boolean.TRUE.equals(expect.none()) && !diagnoses.isEmpty()) {
            failures.add("expected no diagnosis, got " + names(diagnoses));
        }
        if (expect.top() != null) {
            if (diagnoses.isEmpty()) {
                failures.add("expected " + expect.top() + " first, got no diagnosis");
            } else if (!nameOf(diagnoses.get(0)).equals(expect.top())) {
                failures.add("expected " + expect.top() + " first, got " + names(diagnoses));
            } else if (expect.affected() != null) {
                checkAffected(expect.top(), expect.affected(), diagnoses.get(0), failures);
            }
        }
        for (String wanted : listOf(expect.present())) {
            if (find(diagnoses, wanted).isEmpty()) {
                failures.add("expected " + wanted + " among the diagnoses, got " + names(diagnoses));
            }
        }
        for (String unwanted : listOf(expect.absent())) {
            find(diagnoses, unwanted).ifPresent(d -> failures.add("expected no " + unwanted + ", got it at rank " + d.rank()));
        }
        if (expect.status() != null) {
            diagnoses.stream().filter(d -> !d.status().equals(expect.status())).forEach(d ->
                    failures.add("expected every diagnosis to be " + expect.status() + ", " + nameOf(d) + " is " + d.status()));
        }
        if (expect.statusOf() != null) {
            expect.statusOf().forEach((diagnosis, status) -> find(diagnoses, diagnosis).ifPresentOrElse(
                    d -> {
                        if (!d.status().equals(status)) {
                            failures.add("expected " + diagnosis + " to be " + status + ", it is " + d.status());
                        }
                    },
                    () -> failures.add("expected " + diagnosis + " among the diagnoses, got " + names(diagnoses))));
        }
        if (expect.affectedOf() != null) {
            expect.affectedOf().forEach((diagnosis, users) -> find(diagnoses, diagnosis).ifPresentOrElse(
                    d -> checkAffected(diagnosis, users, d, failures),
                    () -> failures.add("expected " + diagnosis + " among the diagnoses, got " + names(diagnoses))));
        }
        return failures;
    }

    private static void checkAffected(String diagnosis, List<String> expected, Diagnosis actual, List<String> failures) {
        List<String> wanted = expected.stream().map(String::toUpperCase).sorted().toList();
        if (!wanted.equals(actual.affected())) {
            failures.add("expected " + diagnosis + " to affect " + wanted + ", it affects " + actual.affected());
        }
    }

    private static Optional<Diagnosis> find(List<Diagnosis> diagnoses, String name) {
        return diagnoses.stream().filter(d -> nameOf(d).equals(name)).findFirst();
    }

    private static String nameOf(Diagnosis d) {
        return d.article() + "/" + d.cause();
    }

    private static String names(List<Diagnosis> diagnoses) {
        return diagnoses.isEmpty() ? "none" : String.join(", ", diagnoses.stream().map(ScenarioRunner::nameOf).toList());
    }

    private static List<String> listOf(List<String> list) {
        return list == null ? List.of() : list;
    }
}
