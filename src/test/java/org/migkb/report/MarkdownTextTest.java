package org.migkb.report;

import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.Document;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Each value, written by {@link MarkdownText} where the Markdown report puts values (running text,
 * a table cell, the start of a list item, a code span), renders as exactly its visible text, in
 * one node, with no markup, link, emphasis or line break.
 */
class MarkdownTextTest {

    private static final List<String> ORDINARY = List.of("Archer, Alice", "O'Brien", "Müller, Jürgen", "AT&T", "R&D (Sales)",
            "SFS_UserName", "DOMAIN\\user", "ONE\\SLASH", "smtp:a.b@contoso.com", "NET1/PO1/ALICE", "x = 1", "Q182665 csv-migrate-proxy-removed",
            "examples/q182665-edited-user-list/users.csv:3", "mailbox 'CAROL' (found by alias) exists");

    private static final List<String> HOSTILE = List.of("<img src=x onerror=alert(1)>", "<script>alert(1)</script>",
            "<div>block</div>", "<!-- comment -->", "<http://evil.example/>", "[a](javascript:alert(1))", "![i](x.png)",
            "[ref]: http://evil.example", "# Diagnosis", "## 1. Q999999 failed", "| x | y |", "|", "1. one", "2) two", "- dash",
            "+ plus", "* star", "> quote", "=====", "---", "***", "Eve\r\n1. Q999999 failed  confidence 1.00\r\n## heading",
            "a  \nb", "ends with a backslash\\", "\\*not em\\*", "*bold* _em_ __strong__ ~~del~~", "_a_b", "foo_bar_",
            "`code` and ``two``", "`", "a`", "&lt;script&gt; &#60;b&#62; &amp; &#x3C;", "x\\|y",
            "\u001b[2J\u001b]0;owned\u0007", "Bidi \u202egnp.exe\u202c", "Nul\u0000Name", "line\u2028sep");

    @Test
    void ordinaryValuesAreWrittenUnchanged() {
        for (String value : ORDINARY) {
            assertEquals(value, MarkdownText.inline(value), value);
            assertEquals("`" + value + "`", MarkdownText.code(value), value);
        }
    }

    @Test
    void inRunningTextAValueIsOnlyText() {
        for (String value : concat(ORDINARY, HOSTILE)) {
            Node doc = Markdown.parse("Display name: " + MarkdownText.inline(value) + "\n");
            assertOneParagraph(doc, value);
            assertEquals("Display name: " + VisibleText.of(value), Markdown.text(doc), value);
        }
    }

    @Test
    void atTheStartOfAListItemAValueIsOnlyText() {
        for (String value : concat(ORDINARY, HOSTILE)) {
            Node doc = Markdown.parse("- " + MarkdownText.inline(value) + "\n");
            assertInstanceOf(BulletList.class, doc.getFirstChild(), value);
            assertNull(doc.getFirstChild().getNext(), value);
            Node item = doc.getFirstChild().getFirstChild();
            assertInstanceOf(ListItem.class, item, value);
            assertNull(item.getNext(), "one item: " + value);
            assertInstanceOf(Paragraph.class, item.getFirstChild(), value);
            assertNull(item.getFirstChild().getNext(), "one paragraph: " + value);
            assertEquals(List.of(), Markdown.acting(doc), value);
            assertEquals(VisibleText.of(value), Markdown.text(doc), value);
        }
    }

    @Test
    void inATableAValueStaysInItsCell() {
        for (String value : concat(ORDINARY, HOSTILE)) {
            String md = "| text | code |\n|---|---|\n| " + MarkdownText.inline(value) + " | " + MarkdownText.codeInCell(value) + " |\n";
            Node doc = Markdown.parse(md);
            assertEquals(1, Markdown.tables(doc).size(), md);
            assertNull(doc.getFirstChild().getNext(), md);
            // Cells are trimmed, as GitHub trims them.
            String shown = VisibleText.of(value);
            assertEquals(List.of(List.of("text", "code"), List.of(shown.strip(), shown)), Markdown.tableRows(doc), md);
            assertEquals(List.of(), Markdown.acting(doc), md);
        }
    }

    @Test
    void inACodeSpanAValueIsItsLiteral() {
        for (String value : concat(ORDINARY, HOSTILE)) {
            Node doc = Markdown.parse("Users: " + MarkdownText.code(value) + ", next\n");
            assertOneParagraph(doc, value);
            List<Node> code = Markdown.find(doc, n -> n instanceof Code);
            assertEquals(1, code.size(), value);
            assertEquals(VisibleText.of(value), ((Code) code.get(0)).getLiteral(), value);
        }
    }

    @Test
    void theRenderedHtmlHasNoElementFromAValue() {
        StringBuilder md = new StringBuilder();
        for (String value : HOSTILE) {
            md.append("- ").append(MarkdownText.inline(value)).append(": ").append(MarkdownText.code(value)).append('\n');
        }
        String html = Markdown.html(Markdown.parse(md.toString()));
        String tags = html.replaceAll("</?(ul|li|code)>", "");
        assertTrue(!tags.contains("<") && !tags.contains(">"), html);
        assertEquals(HOSTILE.size(), html.split("<li>", -1).length - 1, html);
    }

    private static void assertOneParagraph(Node doc, String value) {
        assertInstanceOf(Document.class, doc);
        assertInstanceOf(Paragraph.class, doc.getFirstChild(), value);
        assertNull(doc.getFirstChild().getNext(), "one paragraph: " + value);
        assertEquals(List.of(), Markdown.acting(doc), value);
    }

    private static List<String> concat(List<String> a, List<String> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }
}
