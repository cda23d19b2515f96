package org.disclosurepipeline.core.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.disclosurepipeline.core.template.CellKind;

/**
 * Splits the digits of a row whose cells were glued together (一、本年新收政府信息公开申请数量801000081) into the row's
 * cells. Every split is tried in which each cell is a well-formed number (no leading zero); the row's own
 * constraint (its total equals the sum of its columns) keeps the consistent ones. Only a single survivor is ever
 * used: the caller reports anything else as ambiguous.
 */
final class GluedCells {

    /** More candidates than this are not kept: the row is ambiguous whatever the other rows say. */
    static final int MAX_CANDIDATES = 64;

    private static final Pattern COUNT = Pattern.compile("0|[1-9]\\d{0,6}");
    private static final Pattern SIGNED = Pattern.compile("-?(?:0|[1-9]\\d{0,6})");
    private static final Pattern DECIMAL = Pattern.compile("(?:0|[1-9]\\d{0,8})(?:\\.\\d{1,6})?");

    private GluedCells() {
    }

    /** A label with digits glued to its end, split in two; null when the text does not end in digits. */
    record LabelAndDigits(String label, String digits) {
    }

    static LabelAndDigits split(String text) {
        // most labels end in a word: turned away without stripping them
        int last = text.length() - 1;
        while (last >= 0 && Chars.isWhitespace(text.charAt(last))) {
            last--;
        }
        if (last < 0 || !isNumberChar(text.charAt(last))) {
            return null;
        }
        String t = text.strip();
        int end = t.length();
        int start = end;
        while (start > 0 && isNumberChar(t.charAt(start - 1))) {
            start--;
        }
        // the number must start with a digit or a sign before one
        while (start < end && !Character.isDigit(t.charAt(start))
                && !(t.charAt(start) == '-' || t.charAt(start) == '+') ) {
            start++;
        }
        if (start == end || !hasDigit(t, start, end)) {
            return null;
        }
        int labelEnd = start;
        while (labelEnd > 0 && Character.isWhitespace(t.charAt(labelEnd - 1))) {
            labelEnd--;
        }
        return labelEnd == 0 ? null : new LabelAndDigits(t.substring(0, labelEnd), t.substring(start));
    }

    private static boolean isNumberChar(char c) {
        return c >= '0' && c <= '9' || c == '.' || c == '+' || c == '-';
    }

    private static boolean hasDigit(String t, int from, int to) {
        for (int i = from; i < to; i++) {
            if (Character.isDigit(t.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Every split of {@code digits} into one well-formed number per column in which, when {@code groupSize} > 0,
     * the last column of each group of that size is the sum of the group's other columns.
     */
    static List<List<Number>> candidates(String digits, List<CellKind> kinds, int groupSize) {
        List<List<Number>> out = new ArrayList<>();
        search(digits, 0, kinds, groupSize, new ArrayList<>(), out);
        return out;
    }

    private static void search(String digits, int from, List<CellKind> kinds, int groupSize, List<Number> parts,
            List<List<Number>> out) {
        if (out.size() > MAX_CANDIDATES) {
            return;
        }
        int column = parts.size();
        if (column == kinds.size()) {
            if (from == digits.length()) {
                out.add(List.copyOf(parts));
            }
            return;
        }
        if (groupSize > 0 && column % groupSize == groupSize - 1) {
            // a total column: only the sum of its group can stand here, so try that and nothing else
            long sum = 0;
            for (int i = column - groupSize + 1; i < column; i++) {
                sum += parts.get(i).longValue();
            }
            String total = Long.toString(sum);
            if (digits.startsWith(total, from)) {
                parts.add(sum);
                search(digits, from + total.length(), kinds, groupSize, parts, out);
                parts.remove(parts.size() - 1);
            }
            return;
        }
        int remainingColumns = kinds.size() - column - 1;
        for (int end = from + 1; end <= digits.length() - remainingColumns && end - from <= 10; end++) {
            Number value = value(digits.substring(from, end), kinds.get(column));
            if (value != null) {
                parts.add(value);
                search(digits, end, kinds, groupSize, parts, out);
                parts.remove(parts.size() - 1);
            }
        }
    }

    private static Number value(String part, CellKind kind) {
        return switch (kind) {
            case COUNT -> COUNT.matcher(part).matches() ? (Number) Long.valueOf(part) : null;
            case SIGNED_COUNT -> SIGNED.matcher(part).matches() ? (Number) Long.valueOf(part) : null;
            case DECIMAL -> DECIMAL.matcher(part).matches() ? new java.math.BigDecimal(part) : null;
        };
    }
}
