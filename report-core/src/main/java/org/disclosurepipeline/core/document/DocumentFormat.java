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

    /** The format of a document by its first bytes: %PDF, a ZIP (Word), markup, or else text. */
    public static DocumentFormat detect(byte[] bytes) {
        if (startsWith(bytes, "%PDF")) {
            return PDF;
        }
        if (bytes.length >= 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4) {
            return DOCX;
        }
        int n = Math.min(bytes.length, 4096);
        String head = new String(bytes, 0, n, StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
        String start = head.stripLeading().replace("\u00ef\u00bb\u00bf", "");
        if (start.startsWith("<!doctype html") || start.startsWith("<html") || head.contains("<table")
                || head.contains("<body")) {
            return HTML;
        }
        return TEXT;
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
