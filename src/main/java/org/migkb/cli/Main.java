package org.migkb.cli;

import org.migkb.api.Versions;
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

    /** slf4j-simple's setting for the libraries' logs: migkb reports problems itself, libraries speak only when something is wrong. */
    private static final String LIBRARY_LOG_LEVEL = "org.slf4j.simpleLogger.defaultLogLevel";

    public static void main(String[] args) {
        // Set here, not in a properties file in the jar, so that a program embedding migkb keeps its own logging setup.
        if (System.getProperty(LIBRARY_LOG_LEVEL) == null) {
            System.setProperty(LIBRARY_LOG_LEVEL, "warn");
        }
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        System.exit(run(out, err, args));
    }

    /** Runs the command line with the given output streams and returns its exit code. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine commandLine = new CommandLine(new Main());
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setCaseInsensitiveEnumValuesAllowed(true); // --format JSON: no value differs only in case
        if (java.util.Arrays.stream(args).anyMatch(a -> a.equals("-h") || a.equals("--help") || a.equals("help"))) {
            FormatsHelp.describe(commandLine); // builds every reader: only worth it when help is printed
        }
        commandLine.setParameterExceptionHandler((e, arguments) -> {
            // The message and a pointer to the help, not the whole help: the message must not
            // scroll away. One that quotes an argument (an --answer value, a path) shows it with
            // visible escapes, as every other message does.
            CommandLine cmd = e.getCommandLine();
            cmd.getErr().println("migkb: " + VisibleText.of(e.getMessage()));
            CommandLine.UnmatchedArgumentException.printSuggestions(e, cmd.getErr());
            cmd.getErr().println("Try '" + cmd.getCommandSpec().qualifiedName() + " --help' for more information.");
            return cmd.getCommandSpec().exitCodeOnInvalidInput();
        });
        commandLine.setExecutionExceptionHandler((e, cmd, parsed) -> {
            if (outOfMemory(e)) {
                return outOfMemory(cmd.getErr());
            }
            // A bug or a broken installation: one line for the engineer, no stack trace.
            cmd.getErr().println("migkb: internal error: " + VisibleText.of(e.toString()) + " (please report it with the command you ran)");
            return DiagnoseCommand.ENGINE_FAILURE;
        });
        int code;
        try {
            code = commandLine.execute(args);
        } catch (OutOfMemoryError e) {
            // Thrown here, the case's data is no longer referenced: there is room for the message.
            code = outOfMemory(err);
        }
        out.flush();
        err.flush();
        return code;
    }

    /** The one line an engineer needs when the case does not fit in the heap; the exit code of a failed diagnosis. */
    private static int outOfMemory(PrintWriter err) {
        err.println("migkb: out of memory for this case; give Java more heap, e.g. MIGKB_JAVA_OPTS=-Xmx4g bin/migkb ..."
                + " or java -Xmx4g -jar migkb.jar ...");
        return DiagnoseCommand.ENGINE_FAILURE;
    }

    private static boolean outOfMemory(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof OutOfMemoryError) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required, e.g. 'migkb diagnose CASE_FOLDER'");
    }

    /** migkb's version from the jar's manifest, and the engine and runtime it runs on. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"migkb " + Versions.migkb(), "Drools " + Versions.drools(), "Java " + Versions.java()};
        }
    }
}
