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
        int first = firstToChange(s);
        if (first < 0) {
            return s;
        }
        char[] chars = s.toCharArray();
        for (int i = first; i < chars.length; i++) {
            if (changes(chars[i])) {
                chars[i] = normalizeChar(chars[i]);
            }
        }
        return new String(chars);
    }

    /** Only a few odd spaces and full-width forms change; most texts have none of them. */
    private static boolean changes(char c) {
        return c == 0xA0 || c == 0x3000 || c >= 0x2002 && c <= 0x200B || c >= 0xFF0D && c <= 0xFF19;
    }

    private static int firstToChange(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (changes(s.charAt(i))) {
                return i;
            }
        }
        return -1;
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
