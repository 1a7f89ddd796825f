package org.migkb.cli;

import org.migkb.ingest.InputSummary;
import org.migkb.report.VisibleText;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Where a command's report goes: standard output, or the file {@code -o} names. */
final class ReportOutput {

    /** Writes a report to the writer given. */
    interface Body {
        void write(PrintWriter out) throws IOException;
    }

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write the report to FILE (UTF-8) instead of standard output. It may not be a file of the case.")
    private Path file;

    /**
     * Writes the report; on failure says why on {@code err}.
     *
     * @return true when it was written
     */
    boolean write(PrintWriter out, PrintWriter err, List<InputSummary> inputs, Body body) {
        if (file == null) {
            try {
                body.write(out);
                out.flush();
                return true;
            } catch (IOException e) {
                err.println("migkb: cannot write the report: " + VisibleText.of(e.getMessage()));
                return false;
            }
        }
        String clash = RemedyTargets.inputAt(file, inputs);
        if (clash != null) {
            err.println("migkb: -o " + VisibleText.of(file.toString()) + " is " + VisibleText.of(clash)
                    + ", a file of the case; nothing was written. Choose another file");
            return false;
        }
        try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8); PrintWriter to = new PrintWriter(writer)) {
            body.write(to);
            to.flush();
            if (to.checkError()) {
                throw new IOException("the file could not be written completely");
            }
            return true;
        } catch (IOException e) {
            err.println("migkb: cannot write the report to " + VisibleText.of(file.toString()) + ": " + VisibleText.of(String.valueOf(e.getMessage())));
            return false;
        }
    }
}
