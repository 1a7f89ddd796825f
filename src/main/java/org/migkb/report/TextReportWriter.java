package org.migkb.report;

import org.migkb.diagnosis.CollectItem;
import org.migkb.diagnosis.Diagnosis;
import org.migkb.diagnosis.EvidenceItem;
import org.migkb.diagnosis.ExplainedItem;
import org.migkb.diagnosis.PlannedItem;
import org.migkb.ingest.InputSummary;
import org.migkb.ingest.InputWarning;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

/**
 * Writes a report for a person at a terminal: inputs and warnings first, then each diagnosis
 * with its confidence, affected users, evidence both ways, steps and what to collect next.
 * Long lists are cut; the JSON output has everything. Every value is shown with
 * {@link VisibleText} escapes, so none can break a line or drive the terminal.
 */
public final class TextReportWriter {

    private static final int SHOWN_EVIDENCE = 8;
    private static final int SHOWN_USERS = 20;

    public void write(Report report, PrintWriter out) {
        out.printf("Inputs (%d files, %d warnings)%n", report.inputs().size(), report.warningCount());
        int width = report.inputs().stream().mapToInt(i -> v(i.path()).length()).max().orElse(0);
        for (InputSummary input : report.inputs()) {
            out.printf("  %-" + width + "s  %-20s %7d records%n", v(input.path()), v(input.format()), input.records());
            for (InputWarning w : input.warnings()) {
                out.printf("    warning %s: %s%n", v(w.at()), v(w.message()));
            }
        }
        if (!report.answers().isEmpty()) {
            out.println("Answers");
            report.answers().forEach(a -> out.printf("  %s = %s%n", v(a.key()), v(a.value())));
        }
        out.println();
        if (report.diagnoses().isEmpty()) {
            out.println("No diagnosis: no rule found the symptom of a known article, or users at risk, in these inputs.");
            out.flush();
            return;
        }
        out.printf("Diagnoses, most likely first (%d)%n", report.diagnoses().size());
        for (Diagnosis d : report.diagnoses()) {
            writeDiagnosis(d, out);
        }
        if (!report.collectNext().isEmpty()) {
            out.println();
            out.println("To tell the leading candidates apart, collect next (most useful per effort first):");
            for (PlannedItem item : report.collectNext()) {
                out.printf("  %s  %s%n     %s%n", String.format(Locale.ROOT, "%.2f", item.score()), v(how(item)), v(item.text()));
            }
        }
        out.flush();
    }

    private static void writeDiagnosis(Diagnosis d, PrintWriter out) {
        out.println();
        out.printf("%d. %s %s  confidence %s%n", d.rank(), v(d.article()), v(d.cause()),
                String.format(Locale.ROOT, "%.2f", d.confidence()));
        out.printf("   %s%n", v(d.title()));
        out.println(d.harmless()
                ? "   Status: harmless: no action needed - the event was logged, and this cause makes it expected"
                : d.atRisk() && d.evidence().stream().anyMatch(e -> e.explainedBy() != null)
                ? "   Status: AT RISK - the symptom logged is accounted for by a harmless cause; these users will still fail"
                : d.atRisk()
                ? "   Status: AT RISK - the symptom was not logged; these users will fail when the migration runs"
                : "   Status: failed - the symptom was logged");
        out.printf("   Article: %s%n", v(d.articleTitle()));
        if (d.affected().isEmpty()) {
            out.println("   Affected users: none identified");
        } else {
            List<String> shown = d.affected().subList(0, Math.min(SHOWN_USERS, d.affected().size()));
            out.printf("   Affected users (%d): %s%s%n", d.affected().size(), v(String.join(", ", shown)),
                    d.affected().size() > shown.size() ? ", ..." : "");
        }
        writeEvidence("For", d.evidence().stream().filter(EvidenceItem::supports).toList(), out);
        writeEvidence("Against", d.evidence().stream().filter(e -> !e.supports()).toList(), out);
        for (ExplainedItem x : d.explains()) {
            out.printf("   Explains %s: %s%s%n", v(x.source()), v(x.text()), x.candidates().isEmpty() ? ""
                    : "; no longer counted for " + v(String.join(", ", x.candidates())));
        }
        out.println("   Steps:");
        for (int i = 0; i < d.steps().size(); i++) {
            out.printf("     %d. %s%n", i + 1, v(d.steps().get(i)));
        }
        if (d.verify() != null) {
            out.printf("   Verify: %s%n", v(d.verify()));
        }
        if (!d.collectNext().isEmpty()) {
            out.println("   To settle it, collect next:");
            for (CollectItem c : d.collectNext()) {
                String how = c.kind().equals("answer") ? "--answer " + c.key() + "=..." : "file: " + c.key();
                out.printf("     - %s  (%s)%n", v(c.text()), v(how));
            }
        }
    }

    /** What the engineer does for an item: the --answer options to give, or the file or check to collect. */
    static String how(PlannedItem item) {
        return item.kind().equals("answer")
                ? String.join(" ", item.keys().stream().map(k -> "--answer " + k + "=...").toList())
                : item.kind() + ": " + String.join(", ", item.keys());
    }

    private static void writeEvidence(String heading, List<EvidenceItem> items, PrintWriter out) {
        if (items.isEmpty()) {
            return;
        }
        out.printf("   Evidence %s:%n", heading.toLowerCase(Locale.ROOT));
        for (EvidenceItem e : items.subList(0, Math.min(SHOWN_EVIDENCE, items.size()))) {
            out.printf("     %s [%s] %s  %s%s%n", e.supports() ? "+" : "-", v(e.strength()), v(e.source()), v(e.text()),
                    e.explainedBy() == null ? "" : "  (explained by " + v(e.explainedBy()) + ": does not count)");
        }
        if (items.size() > SHOWN_EVIDENCE) {
            out.printf("     ... %d more (--format json lists all)%n", items.size() - SHOWN_EVIDENCE);
        }
    }

    /** A value as the terminal shows it: on its line, without acting (see {@link VisibleText}). */
    private static String v(String text) {
        return VisibleText.of(text);
    }
}
