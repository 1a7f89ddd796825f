package org.migkb.cli;

import org.migkb.api.Diagnoser;
import org.migkb.engine.RuleBase;
import org.migkb.engine.RuleCache;
import org.migkb.engine.RuleCompileException;
import org.migkb.engine.RuleFolder;
import org.migkb.report.VisibleText;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The files and folders of a case, as every command that reads one takes them. */
final class CaseInputs {

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files, folders (read recursively) or archives (zip, tar.gz) of the case; '-' reads one file"
                    + " from standard input.")
    private List<Path> paths;

    @Option(names = "--rules", paramLabel = "DIR",
            description = "A rule folder (DRL and article files) to add to the built-in rules; repeatable."
                    + " Folders named in the environment variable MIGKB_RULES (separated by '${sys:path.separator}') are added too.")
    private List<Path> ruleFolders = new ArrayList<>();

    @Option(names = "--encoding", paramLabel = "CHARSET", converter = CharsetConverter.class,
            description = "Read text files without a byte-order mark in this encoding instead of detecting it,"
                    + " e.g. windows-1252, IBM850, UTF-8, UTF-16LE.")
    private Charset encoding;

    List<Path> paths() {
        return paths;
    }

    /**
     * The diagnoser these options ask for: the built-in rules, plus the rule folders (compiled
     * once, then cached), reading with the encoding given.
     */
    Diagnoser diagnoser() throws RuleCompileException, IOException {
        List<Path> folders = RuleFolders.named(ruleFolders);
        Diagnoser diagnoser;
        if (folders.isEmpty()) {
            diagnoser = Diagnoser.builtIn();
        } else {
            List<RuleFolder> opened = new ArrayList<>();
            for (Path folder : folders) {
                opened.add(RuleFolder.open(folder));
            }
            diagnoser = Diagnoser.of(RuleBase.with(opened, RuleCache.standard()));
        }
        return encoding == null ? diagnoser : diagnoser.readingAs(encoding);
    }

    /** Tells the engineer, in one or a few lines, why the case or the rule folders could not be read. */
    static void explain(Exception problem, PrintWriter err) {
        if (problem instanceof RuleCompileException e) {
            err.println("migkb: the rule folders have errors:");
            e.problems().forEach(p -> err.println("  " + VisibleText.of(p.toString())));
        } else if (problem instanceof NoSuchFileException e) {
            err.println("migkb: no such file or folder: " + VisibleText.of(e.getFile()));
        } else {
            err.println("migkb: " + VisibleText.of(problem.getMessage()));
        }
    }

    /** An encoding name the JDK knows; anything else is a usage error. */
    static final class CharsetConverter implements CommandLine.ITypeConverter<Charset> {
        @Override
        public Charset convert(String name) {
            try {
                return Charset.forName(name);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException("unknown encoding '" + name
                        + "'; for example windows-1252, IBM850, UTF-8, UTF-16LE");
            }
        }
    }
}
