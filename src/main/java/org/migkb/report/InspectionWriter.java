package org.migkb.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import org.migkb.ingest.InputSummary;
import org.migkb.ingest.InputWarning;

import java.io.PrintWriter;
import java.util.List;

/** Writes what {@code migkb inspect} found in each file, as text or as JSON ({@code migkb-inspect/1}). */
public final class InspectionWriter {

    /** The JSON document: the schema name and the inputs, as in the diagnosis report. */
    public record Inspection(String schema, List<InputSummary> inputs) {
        public static final String SCHEMA = "migkb-inspect/1";
    }

    public String toJson(List<InputSummary> inputs) {
        try {
            return JsonReportWriter.WRITER.writeValueAsString(new Inspection(Inspection.SCHEMA, inputs)) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("inspection cannot be written as JSON", e);
        }
    }

    public void writeText(List<InputSummary> inputs, PrintWriter out) {
        int width = Math.max(4, inputs.stream().mapToInt(i -> VisibleText.of(i.path()).length()).max().orElse(0));
        out.printf("%-" + width + "s  %-22s %-16s %9s %9s %8s%n", "FILE", "FORMAT", "ENCODING", "RECORDS", "FACTS", "WARNINGS");
        for (InputSummary input : inputs) {
            out.printf("%-" + width + "s  %-22s %-16s %9d %9d %8d%n", VisibleText.of(input.path()), VisibleText.of(input.format()),
                    input.encoding() == null ? "-" : VisibleText.of(input.encoding()), input.records(), input.facts(), input.warnings().size());
        }
        boolean anyWarning = inputs.stream().anyMatch(i -> !i.warnings().isEmpty());
        if (anyWarning) {
            out.println();
            out.println("Warnings");
            for (InputSummary input : inputs) {
                for (InputWarning w : input.warnings()) {
                    out.printf("  %s: %s%n", VisibleText.of(w.at()), VisibleText.of(w.message()));
                }
            }
        }
        out.flush();
    }
}
