package org.migkb.report;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.migkb.api.Diagnoser;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HtmlReportTest {

    private static Report report;
    private static String html;

    @BeforeAll
    static void render() throws IOException {
        report = Diagnoser.builtIn().diagnose(List.of(Path.of("examples/mixed-causes"), Path.of("src/test/resources/cases/malformed")),
                List.of());
        StringWriter out = new StringWriter();
        new HtmlReportWriter().write(report, new PrintWriter(out));
        html = out.toString();
    }

    private static Document parse(String text) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    private static NodeList select(Document doc, String xpath) throws Exception {
        return (NodeList) XPathFactory.newInstance().newXPath().evaluate(xpath, doc, XPathConstants.NODESET);
    }

    @Test
    void wellFormedWithEveryDiagnosisItsEvidenceAndTheInputs() throws Exception {
        Document doc = parse(html);
        NodeList sections = select(doc, "//section[@class='diagnosis']");
        assertEquals(report.diagnoses().size(), sections.getLength());
        for (int i = 0; i < sections.getLength(); i++) {
            Element section = (Element) sections.item(i);
            var d = report.diagnoses().get(i);
            assertTrue(section.getElementsByTagName("h2").item(0).getTextContent().startsWith((i + 1) + ". " + d.article()));
            assertEquals(d.evidence().size(), select(doc, "//section[@id='d" + (i + 1) + "']//table[@class='evidence']/tbody/tr").getLength());
            assertEquals(d.affected().size(), select(doc, "//section[@id='d" + (i + 1) + "']//ul[@class='users']/li").getLength());
            assertEquals(d.steps().size(), select(doc, "//section[@id='d" + (i + 1) + "']//ol[@class='steps']/li").getLength());
        }
        assertEquals(report.inputs().size(), select(doc, "//table[@class='inputs']/tbody/tr").getLength());
        assertEquals((int) report.warningCount(), select(doc, "//ul[@class='warnings']/li").getLength());
    }

    @Test
    void selfContainedAndEscaped() throws Exception {
        assertFalse(html.contains("<script"), "no script");
        assertFalse(html.matches("(?s).*(src|href)=\"(https?:)?//.*"), "no external resource");
        Document doc = parse(html);
        NodeList warnings = select(doc, "//ul[@class='warnings']/li");
        boolean quoted = false;
        for (int i = 0; i < warnings.getLength(); i++) {
            quoted |= warnings.item(i).getTextContent().contains("event ID '70x6' is not a number");
        }
        assertTrue(quoted, "quotes survive escaping");
        assertEquals("&lt;b&gt; &amp; &quot;x&quot; &#39;y&#39;", HtmlReportWriter.esc("<b> & \"x\" 'y'"));
    }

    /**
     * Renders the report in Debian's Chromium, headless, when it is installed (.ci/run installs it):
     * a screenshot is kept in target/ and the DOM Chromium built must show the top diagnosis.
     */
    @Test
    void rendersInHeadlessChromium() throws Exception {
        Path chromium = Path.of("/usr/bin/chromium");
        Assumptions.assumeTrue(Files.isExecutable(chromium), "Chromium is not installed");
        Path dir = Files.createDirectories(Path.of("target/report-screenshots"));
        Path page = dir.resolve("mixed-causes.html");
        Files.writeString(page, html);
        Path png = dir.resolve("mixed-causes.png");
        Files.deleteIfExists(png);
        List<String> common = List.of(chromium.toString(), "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + Files.createTempDirectory("chromium-profile"), "--window-size=1200,1600");
        run(concat(common, "--screenshot=" + png.toAbsolutePath(), page.toUri().toString()));
        assertTrue(Files.size(png) > 20_000, "a screenshot with content: " + Files.size(png));
        String dom = run(concat(common, "--dump-dom", page.toUri().toString()));
        assertTrue(dom.contains("1. Q182665"), dom.length() > 300 ? dom.substring(0, 300) : dom);
    }

    private static List<String> concat(List<String> head, String... tail) {
        List<String> all = new java.util.ArrayList<>(head);
        all.addAll(List.of(tail));
        return all;
    }

    private static String run(List<String> command) throws Exception {
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(90, TimeUnit.SECONDS), "chromium finished");
        return out;
    }
}
