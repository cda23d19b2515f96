package org.disclosurepipeline.core.document;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/** A web page as text: each block on a line, each table row on a line with its cells separated by tabs. */
final class HtmlText {

    private HtmlText() {
    }

    static String extract(String html) {
        Document doc = Jsoup.parse(html);
        doc.select("script, style, noscript").remove();
        StringBuilder out = new StringBuilder(html.length() / 3);
        walk(doc.body(), out);
        return out.toString();
    }

    private static void walk(Node node, StringBuilder out) {
        for (Node child : node.childNodes()) {
            if (child instanceof TextNode text) {
                out.append(text.text().replace('\u00a0', ' '));
            } else if (child instanceof Element element) {
                switch (element.normalName()) {
                    case "table" -> table(element, out);
                    case "br" -> out.append('\n');
                    case "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "section", "article", "tr" -> {
                        newLine(out);
                        walk(element, out);
                        newLine(out);
                    }
                    default -> walk(element, out);
                }
            }
        }
    }

    /** Rows of the table; a nested table's cells join its row. */
    private static void table(Element table, StringBuilder out) {
        newLine(out);
        for (Element row : table.select("tr")) {
            if (row.closest("table") != table) {
                continue;
            }
            boolean first = true;
            for (Element cell : row.children()) {
                if (!cell.normalName().equals("td") && !cell.normalName().equals("th")) {
                    continue;
                }
                if (!first) {
                    out.append('\t');
                }
                out.append(cell.text().replace('\u00a0', ' ').replace('\t', ' ').strip());
                first = false;
            }
            out.append('\n');
        }
    }

    private static void newLine(StringBuilder out) {
        if (out.length() > 0 && out.charAt(out.length() - 1) != '\n') {
            out.append('\n');
        }
    }
}
