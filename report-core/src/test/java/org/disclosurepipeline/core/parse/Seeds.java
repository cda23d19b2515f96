package org.disclosurepipeline.core.parse;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The five real seed reports in src/test/resources/seeds (copied from the shared corpus), by number 000–004. */
public final class Seeds {

    public static final List<String> FILES = List.of("000-erli-610722111.txt", "001-shuangxi-610722114.txt",
            "002-likou-410425108.txt", "003-dongerying-120119123.txt", "004-bianzhao-220822104.txt");

    private Seeds() {
    }

    /** The file name of seed "000" … "004". */
    public static String file(String number) {
        return FILES.stream().filter(f -> f.startsWith(number + "-")).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no seed " + number));
    }

    public static String text(String number) {
        String name = file(number);
        try (InputStream in = Seeds.class.getResourceAsStream("/seeds/" + name)) {
            if (in == null) {
                throw new IllegalStateException("seed " + name + " is not on the test classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A report's text as a web page prints it, for tests of what HTML readers meet: each line holding a tab is a
     * table row with a cell per tab-separated part (consecutive rows make one table), any other line a paragraph.
     */
    public static String webPage(String text) {
        StringBuilder html = new StringBuilder("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"></head><body>\n");
        boolean inTable = false;
        for (String line : text.split("\n", -1)) {
            if (line.indexOf('\t') >= 0) {
                html.append(inTable ? "" : "<table border=\"1\">\n").append("<tr>");
                for (String cell : line.split("\t", -1)) {
                    html.append("<td>").append(escape(cell)).append("</td>");
                }
                html.append("</tr>\n");
                inTable = true;
                continue;
            }
            html.append(inTable ? "</table>\n" : "");
            inTable = false;
            if (!line.isBlank()) {
                html.append("<p>").append(escape(line)).append("</p>\n");
            }
        }
        return html.append(inTable ? "</table>\n" : "").append("</body></html>\n").toString();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /**
     * A report's text as a scraper flattens its web page: every text (a line, a table cell) stripped and joined to
     * the next with {@code separator} ("" as text nodes are concatenated, " " as get_text(" ") joins them), empty
     * cells leaving nothing, all on one line.
     */
    public static String flattened(String text, String separator) {
        StringBuilder line = new StringBuilder(text.length());
        for (String row : text.split("\n", -1)) {
            for (String cell : row.split("\t", -1)) {
                String piece = cell.strip();
                if (!piece.isEmpty()) {
                    line.append(line.length() > 0 ? separator : "").append(piece);
                }
            }
        }
        return line.toString();
    }
}
