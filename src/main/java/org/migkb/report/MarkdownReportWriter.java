package org.migkb.report;

import org.migkb.diagnosis.CollectItem;
import org.migkb.diagnosis.Diagnosis;
import org.migkb.diagnosis.EvidenceItem;
import org.migkb.diagnosis.ExplainedItem;
import org.migkb.diagnosis.PlannedItem;
import org.migkb.ingest.InputSummary;
import org.migkb.ingest.InputWarning;

import java.io.PrintWriter;
import java.util.Locale;

/**
 * Writes a report as Markdown to paste into a ticket: every diagnosis with its status,
 * confidence, affected users, evidence (with sources), steps and what to collect next, then the
 * inputs read and their warnings. Complete, unlike the terminal text. Every value is escaped
 * ({@link MarkdownText}), so none can become markup, a link, a heading, a list item or a new line.
 */
public final class MarkdownReportWriter {

    public void write(Report report, PrintWriter out) {
        out.println("# migkb diagnosis");
        out.println();
        out.printf("%d diagnoses from %d files (%d warnings).%n", report.diagnoses().size(), report.inputs().size(),
                report.warningCount());
        if (report.diagnoses().isEmpty()) {
            out.println();
            out.println("No diagnosis: no rule found the symptom of a known article, or users at risk, in these inputs.");
        }
        if (!report.answers().isEmpty()) {
            out.println();
            out.println("Answers: " + String.join(", ", report.answers().stream()
                    .map(a -> MarkdownText.code(a.key() + "=" + a.value())).toList()));
        }
        for (Diagnosis d : report.diagnoses()) {
            writeDiagnosis(d, out);
        }
        if (!report.collectNext().isEmpty()) {
            out.println();
            out.println("## Collect next");
            out.println();
            out.println("To tell the leading candidates apart, most useful per effort first:");
            out.println();
            out.println("| score | what | why | asked by |");
            out.println("|---:|---|---|---|");
            for (PlannedItem item : report.collectNext()) {
                out.printf("| %s | %s | %s | %s |%n", String.format(Locale.ROOT, "%.2f", item.score()),
                        MarkdownText.codeInCell(TextReportWriter.how(item)), cell(item.text()),
                        cell(String.join(", ", item.askedBy())));
            }
        }
        out.println();
        out.println("## Inputs");
        out.println();
        out.println("| file | format | encoding | records | facts | warnings |");
        out.println("|---|---|---|---:|---:|---:|");
        for (InputSummary input : report.inputs()) {
            out.printf("| %s | %s | %s | %d | %d | %d |%n", MarkdownText.codeInCell(input.path()), cell(input.format()),
                    input.encoding() == null ? "-" : cell(input.encoding()), input.records(), input.facts(), input.warnings().size());
        }
        if (report.warningCount() > 0) {
            out.println();
            out.println("### Warnings");
            out.println();
            for (InputSummary input : report.inputs()) {
                for (InputWarning w : input.warnings()) {
                    out.printf("- %s: %s%n", MarkdownText.code(w.at()), cell(w.message()));
                }
            }
        }
        out.flush();
    }

    private static void writeDiagnosis(Diagnosis d, PrintWriter out) {
        out.println();
        out.printf("## %d. %s %s: %s, confidence %s%n", d.rank(), cell(d.article()), cell(d.cause()),
                d.harmless() ? "harmless" : d.atRisk() ? "at risk" : "failed", String.format(Locale.ROOT, "%.2f", d.confidence()));
        out.println();
        out.println("**" + cell(d.title()) + "**");
        out.println();
        out.println(d.harmless() ? "Harmless: no action needed. The event was logged, and this cause makes it expected."
                : d.atRisk() && d.evidence().stream().anyMatch(e -> e.explainedBy() != null)
                ? "The symptom logged is accounted for by a harmless cause, but the affected users **will still fail**."
                : d.atRisk() ? "The symptom was not logged: the affected users **will fail** when the migration runs."
                : "The symptom was logged: the migration failed.");
        out.println();
        out.println("Article " + cell(d.article()) + ": " + cell(d.articleTitle()));
        out.println();
        out.println(d.affected().isEmpty() ? "Affected users: none identified."
                : "Affected users (" + d.affected().size() + "): " + String.join(", ",
                d.affected().stream().map(MarkdownText::code).toList()));
        if (!d.evidence().isEmpty()) {
            out.println();
            out.println("| | strength | source | finding |");
            out.println("|---|---|---|---|");
            for (EvidenceItem e : d.evidence()) {
                out.printf("| %s | %s | %s | %s |%n", e.explainedBy() != null ? "explained" : e.supports() ? "for" : "against",
                        cell(e.strength()), MarkdownText.codeInCell(e.source()), cell(e.text()) + (e.explainedBy() == null ? ""
                                : " (explained by " + cell(e.explainedBy()) + ": does not count)"));
            }
        }
        if (!d.explains().isEmpty()) {
            out.println();
            out.println("Explains:");
            out.println();
            for (ExplainedItem x : d.explains()) {
                out.printf("- %s: %s%s%n", MarkdownText.code(x.source()), cell(x.text()), x.candidates().isEmpty() ? ""
                        : "; no longer counted for " + cell(String.join(", ", x.candidates())));
            }
        }
        out.println();
        out.println("Steps:");
        out.println();
        for (int i = 0; i < d.steps().size(); i++) {
            out.printf("%d. %s%n", i + 1, cell(d.steps().get(i)));
        }
        if (d.verify() != null) {
            out.println();
            out.println("Verify: " + cell(d.verify()));
        }
        if (!d.collectNext().isEmpty()) {
            out.println();
            out.println("To settle it, collect next:");
            out.println();
            for (CollectItem c : d.collectNext()) {
                out.printf("- %s (%s)%n", cell(c.text()), c.kind().equals("answer")
                        ? MarkdownText.code("--answer " + c.key() + "=...") : "file: " + cell(c.key()));
            }
        }
    }

    /** A value as running text that stays on its line and in its table cell (see {@link MarkdownText}). */
    private static String cell(String text) {
        return MarkdownText.inline(text);
    }
}
