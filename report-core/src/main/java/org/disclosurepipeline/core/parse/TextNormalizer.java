package org.disclosurepipeline.core.parse;

import java.util.regex.Pattern;

/** Brings the text of a converted document to one form: line ends, full-width digits, odd spaces, converter marks. */
final class TextNormalizer {

    private static final Pattern CONVERTER_MARKS = Pattern.compile("\\[bookmark: [^\\]]*\\]");

    private TextNormalizer() {
    }

    static String normalize(String text) {
        String s = text.replace("\r\n", "\n").replace('\r', '\n');
        if (!s.isEmpty() && s.charAt(0) == '\uFEFF') {
            s = s.substring(1);
        }
        s = CONVERTER_MARKS.matcher(s).replaceAll("");
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            out.append(normalizeChar(s.charAt(i)));
        }
        return out.toString();
    }

    static char normalizeChar(char c) {
        if (c >= '０' && c <= '９') {
            return (char) ('0' + (c - '０'));
        }
        return switch (c) {
            case '\u00A0', '\u2002', '\u2003', '\u2009', '\u3000', '\u200B' -> ' ';
            case '．' -> '.';
            case '／' -> '/';
            case '－' -> '-';
            default -> c;
        };
    }
}
