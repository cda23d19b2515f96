package org.disclosurepipeline.core.document;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** The document formats reports arrive in, told apart by their content (not by their name). */
public enum DocumentFormat {
    TEXT("text"),
    HTML("html"),
    DOCX("docx"),
    PDF("pdf");

    private final String code;

    DocumentFormat(String code) {
        this.code = code;
    }

    /** text, html, docx or pdf: the value of {@code sourceFormat} in events. */
    public String code() {
        return code;
    }

    public static DocumentFormat fromCode(String code) {
        for (DocumentFormat f : values()) {
            if (f.code.equalsIgnoreCase(code)) {
                return f;
            }
        }
        throw new IllegalArgumentException("unknown format '" + code + "' (expected text, html, docx or pdf)");
    }

    /**
     * The format of a document by its first bytes: %PDF, a ZIP (Word), markup, or else text. Markup is a page
     * ({@code <!doctype html>}, {@code <html>}, a {@code <table>} or {@code <body>} in the first 4 KB) or a fragment
     * of one that starts with an element of a page's body ({@code <p style=…>}, {@code <div>}): the article a CMS
     * stores, whose page shell the site adds and whose first table may come after pages of prose.
     */
    public static DocumentFormat detect(byte[] bytes) {
        if (startsWith(bytes, "%PDF")) {
            return PDF;
        }
        if (bytes.length >= 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4) {
            return DOCX;
        }
        int n = Math.min(bytes.length, 4096);
        String head = new String(bytes, 0, n, StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
        String start = head.replace("\u00ef\u00bb\u00bf", "").stripLeading();
        if (start.startsWith("<!doctype html") || start.startsWith("<html") || head.contains("<table")
                || head.contains("<body") || startsWithBodyElement(start)) {
            return HTML;
        }
        return TEXT;
    }

    /** Elements an article's markup starts with; a text report never opens with one of these tags. */
    private static final java.util.Set<String> BODY_ELEMENTS = java.util.Set.of("p", "div", "span", "table", "h1",
            "h2", "h3", "h4", "h5", "h6", "section", "article", "center", "font", "strong", "b", "br", "meta", "style",
            "head", "title");

    /** True when the text starts with a comment or the opening tag of one of BODY_ELEMENTS ({@code <p style=}). */
    private static boolean startsWithBodyElement(String start) {
        if (!start.startsWith("<")) {
            return false;
        }
        if (start.startsWith("<!--")) {
            return true;
        }
        int end = 1;
        while (end < start.length() && end <= 8 && Character.isLetterOrDigit(start.charAt(end))) {
            end++;
        }
        boolean closed = end < start.length()
                && (start.charAt(end) == '>' || start.charAt(end) == '/' || Character.isWhitespace(start.charAt(end)));
        return closed && BODY_ELEMENTS.contains(start.substring(1, end));
    }

    private static boolean startsWith(byte[] bytes, String prefix) {
        if (bytes.length < prefix.length()) {
            return false;
        }
        for (int i = 0; i < prefix.length(); i++) {
            if (bytes[i] != prefix.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
