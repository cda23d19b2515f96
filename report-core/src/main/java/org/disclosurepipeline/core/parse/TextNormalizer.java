package org.disclosurepipeline.core.parse;

import java.util.regex.Pattern;

/** Brings the text of a converted document to one form: line ends, full-width digits, odd spaces, converter marks. */
final class TextNormalizer {

    private static final Pattern CONVERTER_MARKS = Pattern.compile("\\[bookmark: [^\\]]*\\]");

    private TextNormalizer() {
    }

    static String normalize(String text) {
        String s = text.indexOf('\r') >= 0 ? text.replace("\r\n", "\n").replace('\r', '\n') : text;
        if (!s.isEmpty() && s.charAt(0) == '\uFEFF') {
            s = s.substring(1);
        }
        if (s.contains("[bookmark:")) {
            s = CONVERTER_MARKS.matcher(s).replaceAll("");
        }
        char[] chars = s.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            char c = chars[i];
            // only a few odd spaces and full-width forms change: most characters pass two comparisons
            if (c == 0xA0 || c == 0x3000 || c >= 0x2002 && c <= 0x200B || c >= 0xFF0D && c <= 0xFF19) {
                chars[i] = normalizeChar(c);
            }
        }
        return new String(chars);
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
