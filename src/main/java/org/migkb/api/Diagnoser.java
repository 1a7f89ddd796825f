package org.migkb.api;

import org.migkb.diagnosis.CollectPlanner;
import org.migkb.diagnosis.Diagnosis;
import org.migkb.diagnosis.Hypothesis;
import org.migkb.diagnosis.PlannedItem;
import org.migkb.diagnosis.Ranker;
import org.migkb.engine.EngineLimits;
import org.migkb.engine.EventInterest;
import org.migkb.engine.RuleCache;
import org.migkb.engine.RuleCompileException;
import org.migkb.engine.RuleFolder;
import org.migkb.engine.RuleBase;
import org.migkb.engine.RuleRunException;
import org.migkb.engine.RuleRunner;
import org.migkb.engine.WhatIfConclusions;
import org.migkb.facts.AmbiguousName;
import org.migkb.facts.Answer;
import org.migkb.ingest.CaseData;
import org.migkb.ingest.CaseLoader;
import org.migkb.knowledge.Questions;
import org.migkb.report.Report;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * Diagnoses cases: the Java API of migkb. Build one and reuse it: the rule base is built once,
 * and each call runs in a session of its own, so one instance serves many threads.
 *
 * <pre>{@code
 * Diagnoser diagnoser = Diagnoser.builtIn();          // or Diagnoser.withRuleFolders(List.of(folder))
 * Report report = diagnoser.diagnose(List.of(Path.of("case")), List.of(diagnoser.questions().parse("servicePack=SP0")));
 * String json = new JsonReportWriter().toJson(report); // the CLI's --format json, byte for byte
 * }</pre>
 *
 * A case can be given as files and folders ({@link #diagnose(List, List)}), as streams named as
 * reports should cite them ({@link #diagnoseStreams}), or as facts already read
 * ({@link #diagnose(CaseData, List)}).
 */
public final class Diagnoser {

    private final CaseLoader loader;
    private final CompletableFuture<RuleBase> rules;
    private final EngineLimits limits;
    /** The questions the rules' articles declare; for the built-in rules, without waiting for them to be built. */
    private final Supplier<Questions> questions;

    public Diagnoser(CaseLoader loader, RuleBase rules, EngineLimits limits) {
        this(loader, CompletableFuture.completedFuture(rules), limits, rules::questions);
    }

    private Diagnoser(CaseLoader loader, CompletableFuture<RuleBase> rules, EngineLimits limits, Supplier<Questions> questions) {
        this.loader = loader;
        this.rules = rules;
        this.limits = limits;
        this.questions = questions;
    }

    /**
     * A diagnoser with the built-in readers, rules and articles, and the default limits. The
     * rule base is built in the background, so a caller that reads a case next (the CLI) does
     * both at once.
     */
    public static Diagnoser builtIn() {
        EventInterest interest = EventInterest.builtIn();
        return new Diagnoser(CaseLoader.withBuiltInReaders().keeping(interest.asFactFilter())
                .keepingEvents(interest.asEventFilter()), CompletableFuture.supplyAsync(RuleBase::builtIn), EngineLimits.DEFAULT,
                Questions::builtIn);
    }

    /** A diagnoser with the built-in readers and the given rules (built-in plus rule folders, say). */
    public static Diagnoser of(RuleBase rules) {
        EventInterest interest = rules.eventInterest();
        return new Diagnoser(CaseLoader.withBuiltInReaders(rules::questions).keeping(interest.asFactFilter())
                .keepingEvents(interest.asEventFilter()), rules, EngineLimits.DEFAULT);
    }

    /**
     * A diagnoser with the built-in rules plus rule folders (compiled once, then cached).
     *
     * @throws RuleCompileException listing every problem in the folders as {@code file:line: message}
     */
    public static Diagnoser withRuleFolders(List<Path> folders) throws IOException, RuleCompileException {
        List<RuleFolder> opened = new ArrayList<>();
        for (Path folder : folders) {
            opened.add(RuleFolder.open(folder));
        }
        return of(RuleBase.with(opened, RuleCache.standard()));
    }

    /** A file's content, and the name reports cite it by. */
    public record NamedStream(String name, InputStream content) {
    }

    /**
     * Reads streams (attachments of a ticket, uploads) and diagnoses them. The streams are
     * copied to a temporary folder, read like files named as given, and the copies deleted.
     */
    public Report diagnoseStreams(List<NamedStream> inputs, List<Answer> answers) throws IOException {
        return diagnose(readStreams(inputs), answers);
    }

    /**
     * Reads streams without diagnosing them (to check what they hold first, say): copied to a
     * temporary folder, read like files named as given, and the copies deleted.
     */
    public CaseData readStreams(List<NamedStream> inputs) throws IOException {
        Path folder = Files.createTempDirectory("migkb-case");
        try {
            List<CaseLoader.CaseFile> files = new ArrayList<>();
            int n = 0;
            for (NamedStream input : inputs) {
                Path stored = folder.resolve(String.format("%04d", n++));
                Files.copy(input.content(), stored);
                files.add(new CaseLoader.CaseFile(stored, input.name()));
            }
            return loader.loadFiles(files);
        } finally {
            try (Stream<Path> stored = Files.walk(folder)) {
                for (Path p : stored.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    /** The same diagnoser, reading text files that have no byte-order mark in this encoding. */
    public Diagnoser readingAs(Charset encoding) {
        return new Diagnoser(loader.withEncoding(encoding), rules, limits, questions);
    }

    /** The same diagnoser with other firing limits and deadline. */
    public Diagnoser withLimits(EngineLimits newLimits) {
        return new Diagnoser(loader, rules, newLimits, questions);
    }

    /**
     * The questions the loaded articles declare: the answer keys accepted, and how each value is
     * read ({@code questions().parse("servicePack=SP2")} gives the answer to pass to {@code diagnose}).
     */
    public Questions questions() {
        return questions.get();
    }

    /** The rules this diagnoser runs (waits for them to be built). */
    public RuleBase rules() {
        try {
            return rules.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }

    /**
     * Reads the files and folders and diagnoses them.
     *
     * @throws NoSuchFileException when a path does not exist
     * @throws RuleRunException    when the rules fail or exceed their limits
     */
    public Report diagnose(List<Path> paths, List<Answer> answers) throws IOException {
        return diagnose(loader.load(paths), answers);
    }

    /**
     * Diagnoses facts already read. Answers given here replace answers to the same question
     * found in the case (an answers file).
     *
     * @throws RuleRunException when the rules fail or exceed their limits; it names the rule, and
     *                          gives the rule thread when it would not stop and was abandoned
     */
    public Report diagnose(CaseData data, List<Answer> answers) {
        return diagnoseWithCoverage(data, answers).report();
    }

    /** Diagnoses facts already read and also returns which rules fired (for scenario coverage). */
    public Outcome diagnoseWithCoverage(CaseData data, List<Answer> answers) {
        Map<String, Answer> effective = new TreeMap<>();
        List<Object> facts = new ArrayList<>();
        // The case keeps every address (remedy files need them); the session gets only those some rule can match.
        Predicate<Object> wanted = rules().addressInterest().asSessionFilter();
        for (Object fact : data.facts()) {
            if (fact instanceof Answer a) {
                effective.put(a.key(), a);
            } else if (wanted.test(fact)) {
                facts.add(fact);
            }
        }
        answers.forEach(a -> effective.put(a.key(), a));
        facts.addAll(AmbiguousName.among(facts)); // names shared by many mailboxes, found once here, not pair by pair
        facts.addAll(rules().eventFields().among(facts)); // the insertion strings the articles name, from any format
        facts.addAll(effective.values());
        facts.addAll(rules().articles().fixes()); // with the version answers, the fix-status rule derives FixStatus
        Ranker ranker = new Ranker(rules().articles());
        List<List<Diagnosis>> ranked = new ArrayList<>();
        List<List<Hypothesis>> tried = new ArrayList<>();
        WhatIfConclusions conclusions = new RuleRunner(rules(), limits).run(facts, actual -> {
            ranked.add(ranker.rank(actual));
            tried.add(CollectPlanner.hypotheses(rules().questions(), effective.keySet(), ranked.get(0)));
            return tried.get(0).stream().<List<?>>map(Hypothesis::answers).toList();
        });
        List<Diagnosis> diagnoses = ranked.get(0);
        List<Hypothesis> hypotheses = tried.get(0);
        List<List<Diagnosis>> alternatives = conclusions.alternatives().stream().map(ranker::rank).toList();
        List<PlannedItem> plan = new CollectPlanner(rules().questions()).plan(diagnoses, hypotheses, alternatives);
        return new Outcome(Report.of(data.inputs(), List.copyOf(effective.values()), diagnoses, plan),
                conclusions.actual().firedRules());
    }

    /** A report and the rules that fired to produce it. */
    public record Outcome(Report report, java.util.Set<String> firedRules) {
    }


    /** Reads files named as given (uploads, say), without diagnosing them. */
    public CaseData readFiles(List<CaseLoader.CaseFile> files) {
        return loader.loadFiles(files);
    }

    /** Reads files without diagnosing them. */
    public CaseData read(List<Path> paths) throws IOException {
        return loader.load(paths);
    }
}
