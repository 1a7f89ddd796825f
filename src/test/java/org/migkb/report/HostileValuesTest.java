package org.migkb.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.commonmark.node.Heading;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.StrongEmphasis;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.migkb.api.Diagnoser;
import org.migkb.diagnosis.Diagnosis;
import org.migkb.diagnosis.EvidenceItem;
import org.migkb.ingest.InputSummary;
import org.migkb.ingest.InputWarning;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BiConsumer;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A case whose values try to act instead of showing, in the real formats
 * ({@code src/test/resources/cases/hostile-values}: a user list, a 5.5 directory export, an Event
 * Viewer CSV and an answers file, UTF-8 with CRLF), plus an event log whose file name is itself
 * hostile. Display names, directory names and mailbox names carry an {@code <img onerror>} element,
 * a Markdown heading, table cells and a {@code javascript:} link, a CR/LF that tries to forge a
 * diagnosis line and a heading, ESC sequences (clear screen, colour, an OSC window title), a
 * right-to-left override and isolates, NUL, and backticks that try to close a code span; a bad
 * event ID, address and answer carry the same into warnings. Every output must show them, and
 * none may let them act.
 */
class HostileValuesTest {

    /** A file name no engineer would choose but a case can hold: line breaks, ESC, HTML and Markdown. */
    private static final String HOSTILE_FILE_NAME = "log\n1. Q999999 failed  confidence 1.00\n## 2. Q999999 forged\u001b[2J"
            + " <img src=x onerror=alert(1)> | `x` #.csv";

    @TempDir
    static Path temp;

    private static Report report;

    @BeforeAll
    static void diagnoseTheHostileCase() throws IOException {
        Path folder = Files.createDirectories(temp.resolve("hostile-values"));
        try (Stream<Path> files = Files.list(Path.of("src/test/resources/cases/hostile-values"))) {
            for (Path file : files.toList()) {
                Files.copy(file, folder.resolve(file.getFileName().toString()));
            }
        }
        Files.writeString(folder.resolve(HOSTILE_FILE_NAME),
                "12/06/1999,8:59:01 AM,EventLog,Information,None,6005,N/A,EXSRV01,\"The Event log service was started.\"\r\n");
        report = Diagnoser.builtIn().diagnose(List.of(folder), List.of());
    }

    @Test
    void theHostileValuesReachTheReport() {
        String all = new JsonReportWriter().toJson(report);
        String raw = String.join("\n", allValues(report));
        for (String value : List.of("<img src=x onerror=alert(1)>", "# Diagnosis", "| x | y |", "[a](javascript:alert(1))",
                "Eve Forger\r\n1. Q999999 failed  confidence 1.00\r\n## 1. Q999999 forged", "Esc\u001b[2J\u001b]0;owned\u0007 Name",
                "\u202egnp.exe\u202c", "Nul\u0000 Name", "NET1/PO1/TICK`<B>`X", "event ID '7017\u001b[2J\r\n1. Q999999",
                "servicePack='<img src=x onerror=alert(1)>\u001b[2J'", HOSTILE_FILE_NAME)) {
            assertTrue(raw.contains(value), "the case no longer carries " + VisibleText.of(value) + ":\n" + all);
        }
        assertEquals(1, report.diagnoses().size(), all);
        assertTrue(report.warningCount() >= 3, all);
    }

    @Test
    void theTextReportShowsEveryValueOnItsLineAndNothingActs() {
        String text = render(new TextReportWriter()::write);
        assertNoActingCharacter(text);
        assertEquals(report.diagnoses().size(), count(text, "^\\d+\\. Q\\d+ "), text);
        assertEquals(report.diagnoses().size(), count(text, "^   Status: "), text);
        assertEquals(report.inputs().size(), count(text, "^  \\S.* records$"), text);
        assertEquals(report.warningCount(), count(text, "^    warning "), text);
        assertTrue(text.contains("already exists for Eve Forger\\r\\n1. Q999999 failed  confidence 1.00\\r\\n## 1. Q999999 forged"), text);
        assertTrue(text.contains("Esc\\x1b[2J\\x1b]0;owned\\x07 Name") && text.contains("Bidi \\u202egnp.exe\\u202c Name")
                && text.contains("Nul\\x00 Name") && text.contains("NET1/PO1/ESC\\x1b[2JX"), text);
        assertTrue(text.contains("log\\n1. Q999999 failed  confidence 1.00\\n## 2. Q999999 forged\\x1b[2J"), text);
    }

    @Test
    void inspectShowsEveryValueOnItsLineAndNothingActs() {
        StringWriter out = new StringWriter();
        new InspectionWriter().writeText(report.inputs(), new PrintWriter(out));
        String text = out.toString();
        assertNoActingCharacter(text);
        assertEquals(1 + report.inputs().size() + 2 + report.warningCount(), text.lines().count(), text);
        assertTrue(text.contains("event ID '7017\\x1b[2J\\r\\n1. Q999999 failed  confidence 1.00' is not a number"), text);
    }

    @Test
    void theMarkdownReportRendersValuesAsTextOnly() {
        String md = render(new MarkdownReportWriter()::write);
        assertNoActingCharacter(md);
        Node doc = Markdown.parse(md);
        // The writer's own bold: each diagnosis title, and "will fail" for those at risk.
        List<String> ownBold = Stream.concat(report.diagnoses().stream().map(d -> VisibleText.of(d.title())), Stream.of("will fail")).toList();
        assertEquals(List.of(), Markdown.acting(doc).stream()
                .filter(n -> !(n instanceof StrongEmphasis && ownBold.contains(Markdown.text(n)))).toList(),
                "markup, link, emphasis or line break from a value");
        String html = Markdown.html(doc);
        for (String tag : List.of("<img", "<script", "<a ", "<em>", "<strong>x")) {
            assertFalse(html.contains(tag), tag + " in\n" + html);
        }

        List<String> headings = Markdown.find(doc, n -> n instanceof Heading).stream().map(Markdown::text).toList();
        List<String> expected = new ArrayList<>(List.of("migkb diagnosis"));
        report.diagnoses().forEach(d -> expected.add(d.rank() + ". " + d.article() + " " + d.cause() + ": "
                + (d.atRisk() ? "at risk" : "failed") + ", confidence " + String.format(Locale.ROOT, "%.2f", d.confidence())));
        if (!report.collectNext().isEmpty()) {
            expected.add("Collect next");
        }
        expected.addAll(List.of("Inputs", "Warnings"));
        assertEquals(expected, headings, md);
        assertEquals(report.diagnoses().size(), count(md, "^## \\d+\\. "), md);
        assertEquals(0, count(md, "^\\d+\\. Q\\d+"), md);

        List<List<String>> rows = Markdown.tableRows(doc);
        for (Diagnosis d : report.diagnoses()) {
            for (EvidenceItem e : d.evidence()) {
                List<String> row = List.of(e.supports() ? "for" : "against", e.strength(), VisibleText.of(e.source()),
                        VisibleText.of(e.text()));
                assertTrue(rows.contains(row), "evidence row " + row + " not among\n" + rows);
            }
        }
        for (InputSummary input : report.inputs()) {
            List<String> row = List.of(VisibleText.of(input.path()), input.format(), input.encoding() == null ? "-" : input.encoding(),
                    String.valueOf(input.records()), String.valueOf(input.facts()), String.valueOf(input.warnings().size()));
            assertTrue(rows.contains(row), "input row " + row + " not among\n" + rows);
        }
        int evidence = report.diagnoses().stream().mapToInt(d -> d.evidence().size()).sum();
        int collect = report.collectNext().size();
        assertEquals(evidence + report.inputs().size() + collect + Markdown.tables(doc).size(), rows.size(), md);

        List<String> items = Markdown.find(doc, n -> n instanceof ListItem).stream().map(Markdown::text).toList();
        for (InputSummary input : report.inputs()) {
            for (InputWarning w : input.warnings()) {
                String item = VisibleText.of(w.at()) + ": " + VisibleText.of(w.message());
                assertTrue(items.contains(item), "warning " + item + " not among\n" + items);
            }
        }
        String affected = "Affected users (" + report.diagnoses().get(0).affected().size() + "): "
                + String.join(", ", report.diagnoses().get(0).affected().stream().map(VisibleText::of).toList());
        assertTrue(Markdown.find(doc, n -> Markdown.text(n).equals(affected)).size() > 0, affected + "\n" + md);
    }

    @Test
    void theHtmlReportHasNoElementOrAttributeFromAValue() throws Exception {
        String html = render(new HtmlReportWriter()::write);
        assertNoActingCharacter(html);
        wellFormedXml(html);
        Document doc = Jsoup.parse(html);
        String injectable = "img, script, a, iframe, object, embed, svg, math, form, input, link, base, meta[http-equiv]";
        assertTrue(doc.select(injectable).isEmpty(), doc.select(injectable).outerHtml());
        for (Element element : doc.getAllElements()) {
            for (Attribute attribute : element.attributes()) {
                assertFalse(attribute.getKey().toLowerCase(Locale.ROOT).startsWith("on"), element.outerHtml());
                assertFalse(attribute.getValue().toLowerCase(Locale.ROOT).contains("javascript:"), element.outerHtml());
            }
        }
        assertEquals(report.diagnoses().size(), doc.select("section.diagnosis").size());
        List<List<String>> rows = doc.select("table.evidence tbody tr").stream()
                .map(tr -> tr.select("td").stream().map(Element::wholeText).toList()).toList();
        List<List<String>> expected = report.diagnoses().stream().flatMap(d -> d.evidence().stream())
                .map(e -> List.of(e.supports() ? "for" : "against", e.strength(), VisibleText.of(e.source()), VisibleText.of(e.text())))
                .toList();
        assertEquals(expected, rows);
        assertEquals(report.diagnoses().get(0).affected().stream().map(VisibleText::of).toList(),
                doc.select("ul.users li").stream().map(Element::wholeText).toList());
        assertEquals(report.inputs().stream().map(i -> VisibleText.of(i.path())).toList(),
                doc.select("table.inputs tbody tr td:first-child").stream().map(Element::wholeText).toList());
    }

    @Test
    void theJsonReportKeepsEveryValueExactly() throws Exception {
        String json = new JsonReportWriter().toJson(report);
        assertNoActingCharacter(json);
        JsonNode tree = new ObjectMapper().readTree(json);
        List<String> texts = new ArrayList<>();
        tree.get("diagnoses").forEach(d -> d.get("evidence").forEach(e -> texts.add(e.get("text").asText())));
        assertEquals(report.diagnoses().stream().flatMap(d -> d.evidence().stream()).map(EvidenceItem::text).toList(), texts);
        List<String> paths = new ArrayList<>();
        tree.get("inputs").forEach(i -> paths.add(i.get("path").asText()));
        assertEquals(report.inputs().stream().map(InputSummary::path).toList(), paths);
    }

    /**
     * Line and paragraph separators and a surrogate without its pair (which only an escaped
     * JSON input can produce): the JSON carries them as escapes, so it is valid UTF-8 and gives
     * back the exact value, and every other report shows them as visible escapes.
     */
    @Test
    void separatorsAndALoneSurrogateBreakNoOutput() throws Exception {
        Report odd = new Report(Report.SCHEMA, List.of(new InputSummary("case/a\u2028b.json", "event-log-json", "UTF-8", 1, 0,
                List.of(new InputWarning("case/a\u2028b.json:1", "value 'x\ud800y\u2029z' ignored")))), List.of(), List.of(), List.of());
        String json = new JsonReportWriter().toJson(odd);
        assertNoActingCharacter(json);
        assertTrue(json.contains("a\\u2028b.json") && json.contains("x\\uD800y\\u2029z"), json);
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        String decoded = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes)).toString();
        JsonNode tree = new ObjectMapper().readTree(decoded);
        assertEquals("case/a\u2028b.json", tree.get("inputs").get(0).get("path").asText());
        assertEquals("value 'x\ud800y\u2029z' ignored", tree.get("inputs").get(0).get("warnings").get(0).get("message").asText());

        for (BiConsumer<Report, PrintWriter> writer : List.<BiConsumer<Report, PrintWriter>>of(new TextReportWriter()::write,
                new MarkdownReportWriter()::write, new HtmlReportWriter()::write)) {
            StringWriter out = new StringWriter();
            writer.accept(odd, new PrintWriter(out));
            assertNoActingCharacter(out.toString());
            assertTrue(out.toString().contains("x\\ud800y\\u2029z"), out.toString());
            assertTrue(out.toString().contains("a\\u2028b.json"), out.toString());
        }
    }

    private static String render(BiConsumer<Report, PrintWriter> writer) {
        StringWriter out = new StringWriter();
        writer.accept(report, new PrintWriter(out));
        return out.toString();
    }

    /** No character that acts, but the writer's own line ends. */
    private static void assertNoActingCharacter(String output) {
        for (int i = 0; i < output.length(); i++) {
            char c = output.charAt(i);
            if (c != '\n' && VisibleText.acts(c)) {
                int line = (int) output.substring(0, i).chars().filter(ch -> ch == '\n').count() + 1;
                throw new AssertionError("U+" + String.format("%04X", (int) c) + " on line " + line + ": "
                        + VisibleText.of(output.lines().skip(line - 1).findFirst().orElse("")));
            }
        }
    }

    private static long count(String text, String regex) {
        Pattern pattern = Pattern.compile(regex);
        return text.lines().filter(l -> pattern.matcher(l).find()).count();
    }

    private static List<String> allValues(Report report) {
        List<String> values = new ArrayList<>();
        for (InputSummary input : report.inputs()) {
            values.add(input.path());
            input.warnings().forEach(w -> values.add(w.at() + " " + w.message()));
        }
        for (Diagnosis d : report.diagnoses()) {
            values.addAll(d.affected());
            d.evidence().forEach(e -> values.add(e.source() + " " + e.text()));
        }
        return values;
    }

    private static void wellFormedXml(String html) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
        factory.newDocumentBuilder().parse(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
    }
}
