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
 * Writes a report as one self-contained HTML file a ticket can carry: no script, no external
 * style sheet, font or image. The markup is well-formed (every element closed, every value
 * escaped), semantic and accessible: one heading per diagnosis, tables with header cells,
 * status in words as well as in colour.
 */
public final class HtmlReportWriter {

    private static final String STYLE = """
            body{font:15px/1.45 system-ui,-apple-system,"Segoe UI",sans-serif;margin:2rem auto;max-width:64rem;padding:0 1rem;color:#1b1b1b}
            h1{font-size:1.6rem}h2{font-size:1.25rem;margin-top:2.2rem;border-top:1px solid #ccc;padding-top:1rem}
            .status{display:inline-block;padding:.1rem .5rem;border-radius:.3rem;font-size:.85rem;font-weight:600}
            .failed{background:#fde2e1;color:#8a1c17}.at-risk{background:#fff1c2;color:#6b4d00}.harmless{background:#e3efe5;color:#0b5d1e}
            .confidence{font-weight:600}meter{width:8rem;vertical-align:middle}
            table{border-collapse:collapse;width:100%;margin:.6rem 0}th,td{border:1px solid #ccc;padding:.3rem .5rem;text-align:left;vertical-align:top}
            th{background:#f3f3f3}td.num{text-align:right}code{font-size:.9em}
            .for{color:#0b5d1e}.against{color:#8a1c17}.explained{color:#555}ul.users{columns:3;margin:.3rem 0}
            """;

    public void write(Report report, PrintWriter out) {
        out.println("<!DOCTYPE html>");
        out.println("<html lang=\"en\">");
        out.println("<head>");
        out.println("<meta charset=\"utf-8\"/>");
        out.println("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>");
        out.println("<title>migkb diagnosis</title>");
        out.println("<style>" + STYLE + "</style>");
        out.println("</head>");
        out.println("<body>");
        out.println("<header><h1>migkb diagnosis</h1>");
        out.printf("<p>%d diagnoses from %d files (%d warnings).</p>%n", report.diagnoses().size(), report.inputs().size(),
                report.warningCount());
        if (!report.answers().isEmpty()) {
            out.print("<p>Answers: ");
            out.print(String.join(", ", report.answers().stream().map(a -> "<code>" + esc(a.key()) + "=" + esc(a.value()) + "</code>").toList()));
            out.println("</p>");
        }
        out.println("</header>");
        out.println("<main>");
        if (report.diagnoses().isEmpty()) {
            out.println("<p id=\"no-diagnosis\">No diagnosis: no rule found the symptom of a known article, or users at risk, in these inputs.</p>");
        }
        for (Diagnosis d : report.diagnoses()) {
            writeDiagnosis(d, out);
        }
        if (!report.collectNext().isEmpty()) {
            out.println("<section id=\"collect-next\" aria-labelledby=\"collect-next-h\">");
            out.println("<h2 id=\"collect-next-h\">Collect next</h2>");
            out.println("<p>To tell the leading candidates apart, most useful per effort first:</p>");
            out.println("<ol class=\"plan\">");
            for (PlannedItem item : report.collectNext()) {
                out.printf("<li><code>%s</code>: %s <small>(score %s, asked by %s)</small></li>%n", esc(TextReportWriter.how(item)),
                        esc(item.text()), String.format(Locale.ROOT, "%.2f", item.score()), esc(String.join(", ", item.askedBy())));
            }
            out.println("</ol>");
            out.println("</section>");
        }
        writeInputs(report, out);
        out.println("</main>");
        out.println("</body>");
        out.println("</html>");
        out.flush();
    }

    private static void writeDiagnosis(Diagnosis d, PrintWriter out) {
        String id = "d" + d.rank();
        out.printf("<section class=\"diagnosis\" id=\"%s\" aria-labelledby=\"%s-h\">%n", id, id);
        out.printf("<h2 id=\"%s-h\">%d. %s <code>%s</code></h2>%n", id, d.rank(), esc(d.article()), esc(d.cause()));
        String confidence = String.format(Locale.ROOT, "%.2f", d.confidence());
        out.printf("<p><span class=\"status %s\">%s</span> <span class=\"confidence\">confidence %s</span> "
                        + "<meter min=\"0\" max=\"1\" value=\"%s\" aria-label=\"confidence\">%s</meter></p>%n",
                esc(d.status()), d.harmless() ? "Harmless: no action needed" : d.atRisk() ? "At risk: these users will fail"
                        : "Failed", confidence, confidence, confidence);
        out.printf("<p class=\"title\"><strong>%s</strong></p>%n", esc(d.title()));
        out.printf("<p>Article %s: %s</p>%n", esc(d.article()), esc(d.articleTitle()));
        if (d.affected().isEmpty()) {
            out.println("<p>Affected users: none identified.</p>");
        } else {
            out.printf("<p>Affected users (%d):</p>%n<ul class=\"users\">%n", d.affected().size());
            d.affected().forEach(u -> out.printf("<li><code>%s</code></li>%n", esc(u)));
            out.println("</ul>");
        }
        if (!d.evidence().isEmpty()) {
            out.println("<table class=\"evidence\">");
            out.println("<caption>Evidence</caption>");
            out.println("<thead><tr><th scope=\"col\">way</th><th scope=\"col\">strength</th><th scope=\"col\">source</th>"
                    + "<th scope=\"col\">finding</th></tr></thead>");
            out.println("<tbody>");
            for (EvidenceItem e : d.evidence()) {
                String way = e.explainedBy() != null ? "explained" : e.supports() ? "for" : "against";
                out.printf("<tr><td class=\"%s\">%s</td><td>%s</td><td><code>%s</code></td><td>%s%s</td></tr>%n",
                        way, way, esc(e.strength()), esc(e.source()), esc(e.text()), e.explainedBy() == null ? ""
                                : " (explained by " + esc(e.explainedBy()) + ": does not count)");
            }
            out.println("</tbody>");
            out.println("</table>");
        }
        if (!d.explains().isEmpty()) {
            out.println("<h3>Explains</h3>");
            out.println("<ul class=\"explains\">");
            for (ExplainedItem x : d.explains()) {
                out.printf("<li><code>%s</code>: %s%s</li>%n", esc(x.source()), esc(x.text()), x.candidates().isEmpty() ? ""
                        : "; no longer counted for " + esc(String.join(", ", x.candidates())));
            }
            out.println("</ul>");
        }
        out.println("<h3>Steps</h3>");
        out.println("<ol class=\"steps\">");
        d.steps().forEach(step -> out.printf("<li>%s</li>%n", esc(step)));
        out.println("</ol>");
        if (d.verify() != null) {
            out.printf("<p><strong>Verify:</strong> %s</p>%n", esc(d.verify()));
        }
        if (!d.collectNext().isEmpty()) {
            out.println("<h3>To settle it, collect next</h3>");
            out.println("<ul class=\"collect\">");
            for (CollectItem c : d.collectNext()) {
                String how = c.kind().equals("answer") ? "<code>--answer " + esc(c.key()) + "=...</code>" : "file: " + esc(c.key());
                out.printf("<li>%s (%s)</li>%n", esc(c.text()), how);
            }
            out.println("</ul>");
        }
        out.println("</section>");
    }

    private static void writeInputs(Report report, PrintWriter out) {
        out.println("<section id=\"inputs\" aria-labelledby=\"inputs-h\">");
        out.println("<h2 id=\"inputs-h\">Inputs</h2>");
        out.println("<table class=\"inputs\">");
        out.println("<thead><tr><th scope=\"col\">file</th><th scope=\"col\">format</th><th scope=\"col\">encoding</th>"
                + "<th scope=\"col\">records</th><th scope=\"col\">facts</th><th scope=\"col\">warnings</th></tr></thead>");
        out.println("<tbody>");
        for (InputSummary input : report.inputs()) {
            out.printf("<tr><td><code>%s</code></td><td>%s</td><td>%s</td><td class=\"num\">%d</td><td class=\"num\">%d</td>"
                            + "<td class=\"num\">%d</td></tr>%n", esc(input.path()), esc(input.format()),
                    input.encoding() == null ? "-" : esc(input.encoding()), input.records(), input.facts(), input.warnings().size());
        }
        out.println("</tbody>");
        out.println("</table>");
        if (report.warningCount() > 0) {
            out.println("<h3>Warnings</h3>");
            out.println("<ul class=\"warnings\">");
            for (InputSummary input : report.inputs()) {
                for (InputWarning w : input.warnings()) {
                    out.printf("<li><code>%s</code>: %s</li>%n", esc(w.at()), esc(w.message()));
                }
            }
            out.println("</ul>");
        }
        out.println("</section>");
    }

    /**
     * Escapes text for element content and for quoted attribute values: the characters with a
     * meaning in HTML become references, and line breaks, controls and bidirectional overrides
     * become visible escapes ({@link VisibleText}), as in the other reports.
     */
    static String esc(String text) {
        String visible = VisibleText.of(text);
        StringBuilder out = new StringBuilder(visible.length());
        for (char c : visible.toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
