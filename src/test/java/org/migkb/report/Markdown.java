package org.migkb.report;

import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/** Markdown as a renderer reads it (CommonMark with GitHub's tables), for tests of what a value can do. */
final class Markdown {

    private static final List<org.commonmark.Extension> EXTENSIONS = List.of(TablesExtension.create());
    private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder().extensions(EXTENSIONS).build();

    private Markdown() {
    }

    static Node parse(String markdown) {
        return PARSER.parse(markdown);
    }

    static String html(Node document) {
        return RENDERER.render(document);
    }

    /** Every node under {@code root} (itself included) that the predicate accepts, in document order. */
    static List<Node> find(Node root, Predicate<Node> wanted) {
        List<Node> found = new ArrayList<>();
        root.accept(new AbstractVisitor() {
            // Every node's visit ends here, leaves included.
            @Override
            protected void visitChildren(Node parent) {
                if (wanted.test(parent)) {
                    found.add(parent);
                }
                super.visitChildren(parent);
            }

        });
        return found;
    }

    /** Nodes a value must never produce: markup, links, images, emphasis, line breaks. */
    static List<Node> acting(Node root) {
        return find(root, n -> n instanceof HtmlInline || n instanceof HtmlBlock || n instanceof Link || n instanceof Image
                || n instanceof Emphasis || n instanceof StrongEmphasis || n instanceof SoftLineBreak || n instanceof HardLineBreak);
    }

    /** The text a reader sees under a node: text and code literals, concatenated. */
    static String text(Node node) {
        StringBuilder out = new StringBuilder();
        for (Node n : find(node, n -> n instanceof Text || n instanceof Code)) {
            out.append(n instanceof Text t ? t.getLiteral() : ((Code) n).getLiteral());
        }
        return out.toString();
    }

    /** The rows of every table, each as its cells' text. */
    static List<List<String>> tableRows(Node root) {
        List<List<String>> rows = new ArrayList<>();
        for (Node row : find(root, n -> n instanceof TableRow)) {
            List<String> cells = new ArrayList<>();
            for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
                cells.add(cell instanceof TableCell ? text(cell) : "?");
            }
            rows.add(cells);
        }
        return rows;
    }

    static List<Node> tables(Node root) {
        return find(root, n -> n instanceof TableBlock);
    }
}
