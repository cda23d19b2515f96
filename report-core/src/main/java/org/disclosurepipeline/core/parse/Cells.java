package org.disclosurepipeline.core.parse;

import java.math.BigDecimal;
import java.util.Set;
import java.util.regex.Pattern;
import org.disclosurepipeline.core.template.CellKind;

/** Reads the text of one table cell: a number, an "empty" mark, or something invalid. */
final class Cells {

    /** Marks that mean "not filled" or "not applicable": kept as empty, never read as zero. */
    private static final Set<String> EMPTY_MARKS = Set.of("", "/", "\\", "-", "--", "---", "—", "——", "–", "无", "空",
            "／", "不适用", "N/A", "n/a", "NA", "N／A");

    private static final Pattern INTEGER = Pattern.compile("[+-]?\\d{1,15}");
    private static final Pattern DECIMAL = Pattern.compile("[+-]?\\d{1,15}(\\.\\d{1,6})?");
    /** A value, a mark, or a few ASCII letters (abc, N/A): no label of the template is written so, a typed cell is. */
    private static final Pattern VALUE_LIKE = Pattern.compile("[+-]?[\\d.,]+|[/\\\\—–-]+|无|空|不适用|[A-Za-z][A-Za-z/／]{0,5}");

    private Cells() {
    }

    static boolean isEmptyMark(String text) {
        return EMPTY_MARKS.contains(text.replace(" ", ""));
    }

    /** Text that sits where a number should: digits, a dash, a slash, 无, 不适用 or a few ASCII letters. */
    static boolean looksLikeValue(String text) {
        if (isPlainDigits(text)) {
            return true;
        }
        // most texts are labels: a single character no value can hold turns them away without a regex
        for (int i = 0; i < text.length(); i++) {
            if (!canBeInValue(text.charAt(i))) {
                return false;
            }
        }
        String t = text.replace(" ", "");
        return !t.isEmpty() && VALUE_LIKE.matcher(t).matches();
    }

    /** {@link #looksLikeValue(String)} of the text chars[from, to), mostly answered without making the string. */
    static boolean looksLikeValue(char[] chars, int from, int to) {
        boolean digits = to - from <= 15;
        for (int i = from; i < to; i++) {
            char c = chars[i];
            if (!canBeInValue(c)) {
                return false;
            }
            digits &= c >= '0' && c <= '9';
        }
        return to > from && (digits || looksLikeValue(new String(chars, from, to - from)));
    }

    /** The characters VALUE_LIKE is made of, and the spaces it ignores. */
    private static boolean canBeInValue(char c) {
        return c >= '0' && c <= '9' || c == ' ' || c == '.' || c == ',' || c == '+' || c == '-' || c == '/'
                || c == '\\' || c == '—' || c == '–' || c == '无' || c == '空' || c == '不' || c == '适' || c == '用'
                || c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c == '／';
    }

    /** The common case, checked without a regular expression: 1 to 15 ASCII digits. */
    private static boolean isPlainDigits(String text) {
        int n = text.length();
        if (n == 0 || n > 15) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /** The digit a character is typed for by mistake (l, I, | for 1; O, o, 〇 for 0; full-width too), or -1. */
    static int lookAlikeDigit(char c) {
        return switch (c) {
            case 'l', 'I', '|', 'ｌ', 'Ｉ', '｜' -> 1;
            case 'O', 'o', 'Ｏ', 'ｏ', '〇' -> 0;
            default -> -1;
        };
    }

    /**
     * What a cell that reads as no number would hold with its look-alike characters read as the digits they
     * resemble (l0 → 10), when that is a number of the column's kind; null when the cell has no look-alike or is no
     * number even so. Only ever offered to the clerk as a suggestion: the cell itself stays unread.
     */
    static String lookAlikeReading(String raw, CellKind kind) {
        StringBuilder digits = new StringBuilder(raw.length());
        boolean replaced = false;
        for (int i = 0; i < raw.length(); i++) {
            int d = lookAlikeDigit(raw.charAt(i));
            replaced |= d >= 0;
            digits.append(d >= 0 ? (char) ('0' + d) : raw.charAt(i));
        }
        String reading = digits.toString().strip();
        return replaced && !isEmptyMark(reading) && parse(reading, kind) != null ? reading : null;
    }

    /** The number the cell holds for a column of this kind, or null when it is empty or invalid. */
    static Number parse(String text, CellKind kind) {
        if (isPlainDigits(text)) {
            if (kind == CellKind.DECIMAL) {
                return new BigDecimal(text);
            }
            long value = 0;
            for (int i = 0; i < text.length(); i++) {
                value = value * 10 + (text.charAt(i) - '0');
            }
            return value;
        }
        String t = text.replace(" ", "").replace(",", "");
        if (isEmptyMark(t)) {
            return null;
        }
        return switch (kind) {
            case COUNT -> INTEGER.matcher(t).matches() && !t.startsWith("-") ? Long.parseLong(t.replace("+", "")) : null;
            case SIGNED_COUNT -> INTEGER.matcher(t).matches() ? Long.parseLong(t.replace("+", "")) : null;
            case DECIMAL -> DECIMAL.matcher(t).matches() && !t.startsWith("-") ? new BigDecimal(t.replace("+", "")) : null;
        };
    }
}
