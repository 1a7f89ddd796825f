package org.migkb.cli;

import org.migkb.api.Diagnoser;
import org.migkb.diagnosis.Diagnosis;
import org.migkb.engine.RuleCompileException;
import org.migkb.engine.RuleRunException;
import org.migkb.facts.Answer;
import org.migkb.ingest.CaseData;
import org.migkb.report.HtmlReportWriter;
import org.migkb.report.JsonReportWriter;
import org.migkb.report.MarkdownReportWriter;
import org.migkb.report.RemedyFiles;
import org.migkb.report.Report;
import org.migkb.report.TextReportWriter;
import org.migkb.report.VisibleText;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Mixin;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code migkb diagnose}: read a case, run the rules, print ranked diagnoses. */
@Command(name = "diagnose",
        mixinStandardHelpOptions = true,
        description = {"Reads the files of a case (files, folders recursed, zip and tar.gz archives; '-' for standard input)"
                + " and prints ranked diagnoses."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
                "0:no diagnosis, or only harmless ones (no action needed)",
                "1:at least one diagnosis of a failure or a risk",
                "2:usage error, or nothing in the inputs could be read",
                "3:the diagnosis could not be completed (the rules failed or exceeded their limits, or an internal error)"})
public final class DiagnoseCommand implements Callable<Integer> {

    public static final int NO_DIAGNOSIS = 0;
    public static final int DIAGNOSED = 1;
    public static final int UNUSABLE = 2;
    public static final int ENGINE_FAILURE = 3;

    enum Format { text, json, markdown, html }

    @Mixin
    private CaseInputs inputs;

    @Mixin
    private EngineOptions engine;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    private Format format;

    @Option(names = "--answer", paramLabel = "KEY=VALUE",
            description = "What you know about the case; repeatable. The keys are the questions the loaded articles"
                    + " declare (built-in: exchangeVersion, servicePack, serverLanguage, clientLanguage,"
                    + " mailboxesPrecreated, migrationMode; `migkb rules questions` lists them with their values).")
    private List<String> givenAnswers = new ArrayList<>();

    @Option(names = "--remedy-dir", paramLabel = "DIR",
            description = "Also write, for every diagnosis whose remedy adds the migrate: proxy, an Exchange directory"
                    + " import file for the affected mailboxes and a text with the import and verification steps.")
    private Path remedyDir;

    @Mixin
    private ReportOutput output;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Report report;
        CaseData data;
        try {
            Diagnoser diagnoser = inputs.diagnoser().withLimits(engine.limits());
            // Parsed once the rule folders are loaded: their articles may declare more questions.
            List<Answer> answers = new ArrayList<>();
            for (String given : givenAnswers) {
                try {
                    answers.add(diagnoser.questions().parse(given));
                } catch (IllegalArgumentException e) {
                    err.println("migkb: invalid value for option '--answer': " + VisibleText.of(e.getMessage()));
                    return UNUSABLE;
                }
            }
            List<String> repeated = answers.stream().map(Answer::key).filter(k ->
                    answers.stream().filter(a -> a.key().equals(k)).count() > 1).distinct().toList();
            if (!repeated.isEmpty()) {
                err.println("migkb: answer given more than once: " + String.join(", ", repeated));
                return UNUSABLE;
            }
            data = diagnoser.read(inputs.paths());
            report = diagnoser.diagnose(data, answers);
        } catch (RuleCompileException | IOException e) {
            CaseInputs.explain(e, err);
            return UNUSABLE;
        } catch (RuleRunException e) {
            err.println("migkb: rule engine stopped: " + VisibleText.of(e.getMessage()));
            return ENGINE_FAILURE;
        }
        List<RemedyFiles.RemedyFile> remedy = List.of();
        if (remedyDir != null) {
            remedy = new RemedyFiles().plan(report, data);
            String clash = RemedyTargets.inputOverwritten(remedyDir, remedy, data.inputs());
            if (clash != null) {
                err.println("migkb: --remedy-dir " + VisibleText.of(remedyDir.toString()) + " would write over " + VisibleText.of(clash)
                        + ", a file of the case; nothing was written. Choose a folder that holds no input");
                return UNUSABLE;
            }
        }
        Report finished = report;
        boolean done = output.write(out, err, data.inputs(), to -> {
            switch (format) {
                case json -> new JsonReportWriter().write(finished, to);
                case markdown -> new MarkdownReportWriter().write(finished, to);
                case html -> new HtmlReportWriter().write(finished, to);
                case text -> new TextReportWriter().write(finished, to);
            }
        });
        if (!done) {
            return UNUSABLE;
        }
        if (remedyDir != null) {
            try {
                List<Path> written = new RemedyFiles().write(remedyDir, remedy);
                err.println("migkb: wrote " + written.size() + " remedy files to " + VisibleText.of(remedyDir.toString()));
            } catch (IOException e) {
                err.println("migkb: cannot write the remedy files: " + VisibleText.of(e.getMessage()));
                return UNUSABLE;
            }
        }
        if (!CaseData.anythingRead(report.inputs())) {
            err.println("migkb: nothing could be read from the inputs (see the warnings above)");
            return UNUSABLE;
        }
        return report.diagnoses().stream().allMatch(Diagnosis::harmless) ? NO_DIAGNOSIS : DIAGNOSED;
    }
}
