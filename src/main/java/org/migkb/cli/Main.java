package org.migkb.cli;

import org.migkb.report.VisibleText;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/** The {@code migkb} command. */
@Command(name = "migkb",
        mixinStandardHelpOptions = true,
        versionProvider = Main.Version.class,
        description = "Diagnoses failed Exchange migrations from the files a support engineer collected.",
        subcommands = {DiagnoseCommand.class, InspectCommand.class, RulesCommand.class, ServeCommand.class,
                CommandLine.HelpCommand.class})
public final class Main implements Runnable {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        System.exit(run(out, err, args));
    }

    /** Runs the command line with the given output streams and returns its exit code. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine commandLine = new CommandLine(new Main());
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setExecutionExceptionHandler((e, cmd, parsed) -> {
            // A bug or a broken installation: one line for the engineer, no stack trace.
            cmd.getErr().println("migkb: internal error: " + VisibleText.of(e.toString()) + " (please report it with the command you ran)");
            return DiagnoseCommand.ENGINE_FAILURE;
        });
        int code = commandLine.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required, e.g. 'migkb diagnose CASE_FOLDER'");
    }

    /** The version recorded in the jar's manifest, or "development" when run from classes. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = Main.class.getPackage().getImplementationVersion();
            return new String[] {"migkb " + (version == null ? "development" : version)};
        }
    }
}
