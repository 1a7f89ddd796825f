package org.migkb.cli;

import org.migkb.ingest.CaseData;
import org.migkb.engine.RuleCompileException;
import org.migkb.report.InspectionWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;

/** {@code migkb inspect}: what migkb reads in each file, before diagnosing anything. */
@Command(name = "inspect",
        mixinStandardHelpOptions = true,
        description = {"Shows, for each file of a case, the format recognised, the text encoding, the records read,"
                + " the facts kept for the rules and every warning. Run it first on a new case folder."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:at least one file could be read", "2:usage error, or nothing in the inputs could be read"})
public final class InspectCommand implements Callable<Integer> {

    @Mixin
    private CaseInputs inputs;

    /** What inspect can print. */
    enum Format { text, json }

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    private Format format;

    @Mixin
    private ReportOutput output;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        CaseData data;
        try {
            data = inputs.diagnoser().read(inputs.paths());
        } catch (RuleCompileException | IOException e) {
            CaseInputs.explain(e, err);
            return DiagnoseCommand.UNUSABLE;
        }
        InspectionWriter writer = new InspectionWriter();
        boolean done = output.write(out, err, data.inputs(), to -> {
            if (format == Format.json) {
                to.print(writer.toJson(data.inputs()));
            } else {
                writer.writeText(data.inputs(), to);
            }
        });
        if (!done) {
            return DiagnoseCommand.UNUSABLE;
        }
        if (!CaseData.anythingRead(data.inputs())) {
            err.println("migkb: nothing could be read from the inputs");
            return DiagnoseCommand.UNUSABLE;
        }
        return 0;
    }
}
