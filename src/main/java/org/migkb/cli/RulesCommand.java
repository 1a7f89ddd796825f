package org.migkb.cli;

import org.migkb.api.Diagnoser;
import org.migkb.authoring.RuleValidator;
import org.migkb.authoring.ScenarioResult;
import org.migkb.authoring.ScenarioRunner;
import org.migkb.engine.RuleBase;
import org.migkb.engine.RuleCache;
import org.migkb.engine.RuleCompileException;
import org.migkb.engine.RuleFolder;
import org.migkb.engine.RuleInfo;
import org.migkb.engine.RuleProblem;
import org.migkb.facts.ExchangeVersions;
import org.migkb.knowledge.Question;
import org.migkb.report.VisibleText;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;

/** {@code migkb rules}: for rule authors. */
@Command(name = "rules",
        mixinStandardHelpOptions = true,
        description = "Validate, list and test rule folders (DRL rules, article files and scenarios).",
        subcommands = {RulesCommand.Validate.class, RulesCommand.ListRules.class, RulesCommand.Test.class,
                RulesCommand.ListQuestions.class})
public final class RulesCommand implements Runnable {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a subcommand is required: validate, list or test");
    }

    /** Opens folders and builds the rule base, printing problems as {@code file:line: message}; null on errors. */
    static RuleBase ruleBase(List<Path> folders, PrintWriter err) {
        try {
            List<RuleFolder> opened = new ArrayList<>();
            for (Path folder : folders) {
                opened.add(RuleFolder.open(folder));
            }
            return RuleBase.with(opened, RuleCache.standard());
        } catch (RuleCompileException e) {
            e.problems().forEach(p -> err.println(VisibleText.of(p.file() + (p.line() > 0 ? ":" + p.line() : "") + ": error: " + p.message())));
            return null;
        } catch (IOException e) {
            err.println("migkb: " + VisibleText.of(e.getMessage()));
            return null;
        }
    }

    @Command(name = "validate", mixinStandardHelpOptions = true,
            description = "Checks rule folders: article files, rule syntax and metadata (every rule names an article"
                    + " and one of its causes, or is a @combiner), compilation, and joins that cannot be indexed"
                    + " (warnings).",
            exitCodeListHeading = "%nExit codes:%n",
            exitCodeList = {"0:no errors (warnings allowed)", "2:at least one error"})
    static final class Validate implements Callable<Integer> {

        private static String place(RuleProblem p) {
            return p.file() + (p.line() > 0 ? ":" + p.line() : "");
        }

        @Parameters(arity = "1..*", paramLabel = "DIR", description = "Rule folders.")
        private List<Path> folders;

        @CommandLine.Spec
        private CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            int errors = 0;
            int warnings = 0;
            for (Path folder : folders) {
                RuleValidator.Findings findings = new RuleValidator().validate(folder);
                for (RuleProblem p : findings.errors()) {
                    out.println(VisibleText.of(place(p) + ": error: " + p.message()));
                }
                for (RuleProblem p : findings.warnings()) {
                    out.println(VisibleText.of(place(p) + ": warning: " + p.message()));
                }
                errors += findings.errors().size();
                warnings += findings.warnings().size();
            }
            out.println(errors + " errors, " + warnings + " warnings");
            out.flush();
            return errors > 0 ? DiagnoseCommand.UNUSABLE : 0;
        }
    }

    /** A listing of what the built-in rules and the given rule folders load. */
    abstract static class Listing implements Callable<Integer> {
        @Option(names = "--rules", paramLabel = "DIR", description = "A rule folder to add; repeatable (and MIGKB_RULES).")
        private List<Path> folders = new ArrayList<>();

        @CommandLine.Spec
        private CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            RuleBase rules = ruleBase(RuleFolders.named(folders), spec.commandLine().getErr());
            if (rules == null) {
                return DiagnoseCommand.UNUSABLE;
            }
            print(rules, out);
            out.flush();
            return 0;
        }

        abstract void print(RuleBase rules, PrintWriter out);
    }

    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "Lists every rule, built-in and from rule folders, with its article, cause and place.")
    static final class ListRules extends Listing {
        @Override
        void print(RuleBase rules, PrintWriter out) {
            out.printf("%-8s %-28s %-32s %s%n", "ARTICLE", "CAUSE", "FILE", "RULE");
            for (RuleInfo rule : rules.rules()) {
                out.printf("%-8s %-28s %-32s %s%n", rule.article().isEmpty() ? "-" : rule.article(),
                        rule.cause().isEmpty() ? "(combiner)" : rule.cause(), rule.location(), rule.name());
            }
        }
    }

    @Command(name = "questions", mixinStandardHelpOptions = true,
            description = "Lists the questions the loaded articles declare: the keys of --answer and answers files,"
                    + " with the values each accepts.")
    static final class ListQuestions extends Listing {
        @Override
        void print(RuleBase rules, PrintWriter out) {
            out.printf("%-20s %-16s %-6s %s%n", "KEY", "KIND", "EFFORT", "ACCEPTS / QUESTION");
            for (Question q : rules.questions().all()) {
                String accepts = switch (q.kind()) {
                    case "choice" -> String.join(", ", q.values());
                    case "text" -> q.pattern() == null ? "any text" : "text matching " + q.pattern();
                    case "language" -> "a language code or English name";
                    case "servicePack" -> "SP0 (none) to SP4";
                    default -> String.join(", ", ExchangeVersions.ORDER);
                };
                out.printf("%-20s %-16s %-6d %s%n%-45s %s%n", q.key(), q.kind(), q.effortOrDefault(), VisibleText.of(accepts),
                        "", VisibleText.of(q.ask()));
            }
        }
    }

    @Command(name = "test", mixinStandardHelpOptions = true,
            description = {"Runs scenarios: each NAME.expect.yaml names a case (the folder NAME beside it, or 'case:'),"
                    + " optional answers, and what must come out. Ends with the line 'N passed, N failed'."},
            exitCodeListHeading = "%nExit codes:%n",
            exitCodeList = {"0:every scenario passed", "1:a scenario failed", "2:usage error, or the rules have errors"})
    static final class Test implements Callable<Integer> {
        @Parameters(arity = "0..*", paramLabel = "DIR",
                description = "Rule folders: their rules are added to the built-in ones and their scenarios/ run."
                        + " With none (and no --scenarios), the built-in scenarios run; the built-in rules folder"
                        + " itself is recognised, and its scenarios run against the built-in rules.")
        private List<Path> folders = new ArrayList<>();

        @Option(names = "--scenarios", paramLabel = "DIR",
                description = "A folder of further scenarios to run (the built-in ones are in the repository's rules/scenarios).")
        private List<Path> scenarioFolders = new ArrayList<>();

        @CommandLine.Mixin
        private EngineOptions engine;

        @Option(names = "--coverage", description = "Also name every rule no scenario fired (of the folders given,"
                + " or the built-in rules when none is).")
        private boolean coverage;

        @CommandLine.Spec
        private CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            List<Path> own = new ArrayList<>();
            List<Path> scenarios = new ArrayList<>(scenarioFolders);
            for (Path folder : folders) {
                if (BuiltInRules.isBuiltIn(folder)) {
                    // Loaded beside themselves, every rule would be reported as its own duplicate.
                    err.println("migkb: " + VisibleText.of(folder.toString()) + " holds the built-in rules themselves,"
                            + " which are always loaded; running its scenarios against them");
                    scenarios.add(BuiltInRules.scenariosOf(folder));
                } else {
                    own.add(folder);
                }
            }
            if (folders.isEmpty() && scenarioFolders.isEmpty()) {
                Path builtIn = BuiltInRules.scenarios();
                if (builtIn == null) {
                    err.println("migkb: the built-in scenarios were not found (they are in rules/scenarios of a checkout"
                            + " or distribution); give rule folders, or --scenarios DIR");
                    return DiagnoseCommand.UNUSABLE;
                }
                scenarios.add(builtIn);
            }
            RuleBase rules = ruleBase(own, err);
            if (rules == null) {
                return DiagnoseCommand.UNUSABLE;
            }
            List<Path> expectations = new ArrayList<>();
            for (Path folder : own) {
                expectations.addAll(RuleFolder.open(folder).scenarioFiles());
            }
            for (Path folder : scenarios) {
                expectations.addAll(RuleFolder.scenarioFiles(folder));
            }
            ScenarioRunner runner = new ScenarioRunner(Diagnoser.of(rules).withLimits(engine.limits()));
            List<ScenarioResult> results = expectations.stream().map(runner::run).toList();
            int width = Math.max(8, results.stream().mapToInt(r -> r.name().length()).max().orElse(0));
            out.printf("%-" + width + "s  %s%n", "SCENARIO", "RESULT");
            for (ScenarioResult result : results) {
                out.printf("%-" + width + "s  %s%n", result.name(), result.passed() ? "pass" : "FAIL");
                result.failures().forEach(f -> out.printf("%-" + width + "s    %s%n", "", VisibleText.of(f)));
            }
            if (coverage) {
                writeCoverage(rules, own, results, out);
            }
            long failed = results.stream().filter(r -> !r.passed()).count();
            out.println();
            out.println((results.size() - failed) + " passed, " + failed + " failed");
            out.flush();
            return failed > 0 ? 1 : 0;
        }

        private static void writeCoverage(RuleBase rules, List<Path> folders, List<ScenarioResult> results, PrintWriter out) {
            Set<String> fired = new TreeSet<>();
            results.forEach(r -> fired.addAll(r.firedRules()));
            List<String> ownFiles = folders.stream().map(f -> f.toString().replace('\\', '/')).toList();
            List<RuleInfo> considered = rules.rules().stream()
                    .filter(r -> ownFiles.isEmpty() ? r.file().startsWith("rules/") : ownFiles.stream().anyMatch(r.file()::startsWith))
                    .toList();
            List<RuleInfo> unfired = considered.stream().filter(r -> !fired.contains(r.name())).toList();
            out.println();
            out.println("Coverage: " + (considered.size() - unfired.size()) + " of " + considered.size()
                    + " rules fired in some scenario" + (unfired.isEmpty() ? "" : "; not fired:"));
            unfired.forEach(r -> out.println("  " + r.location() + "  " + r.name()));
        }
    }
}
