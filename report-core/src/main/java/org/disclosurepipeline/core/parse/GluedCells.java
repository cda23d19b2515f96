package org.disclosurepipeline.core.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
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

    private static final Pattern TRAILING_NUMBER = Pattern.compile("^(.*?[^\\d.+\\-\\s])\\s*([+\\-]?\\d[\\d.+\\-]*)$");
    private static final Pattern COUNT = Pattern.compile("0|[1-9]\\d{0,6}");
    private static final Pattern SIGNED = Pattern.compile("-?(?:0|[1-9]\\d{0,6})");
    private static final Pattern DECIMAL = Pattern.compile("(?:0|[1-9]\\d{0,8})(?:\\.\\d{1,6})?");

    private GluedCells() {
    }

    /** A label with digits glued to its end, split in two; null when the text does not end in digits. */
    record LabelAndDigits(String label, String digits) {
    }

    static LabelAndDigits split(String text) {
        Matcher m = TRAILING_NUMBER.matcher(text.strip());
        return m.matches() ? new LabelAndDigits(m.group(1), m.group(2)) : null;
    }

    /** Every split of {@code digits} into one well-formed number per column that {@code consistent} accepts. */
    static List<List<Number>> candidates(String digits, List<CellKind> kinds, Predicate<List<Number>> consistent) {
        List<List<Number>> out = new ArrayList<>();
        search(digits, 0, kinds, new ArrayList<>(), consistent, out);
        return out;
    }

    private static void search(String digits, int from, List<CellKind> kinds, List<Number> parts,
            Predicate<List<Number>> consistent, List<List<Number>> out) {
        if (out.size() > MAX_CANDIDATES) {
            return;
        }
        int column = parts.size();
        if (column == kinds.size()) {
            if (from == digits.length() && consistent.test(parts)) {
                out.add(List.copyOf(parts));
            }
            return;
        }
        int remainingColumns = kinds.size() - column - 1;
        for (int end = from + 1; end <= digits.length() - remainingColumns; end++) {
            String part = digits.substring(from, end);
            Number value = value(part, kinds.get(column));
            if (value == null) {
                if (end - from > 10) {
                    return;
                }
                continue;
            }
            parts.add(value);
            search(digits, end, kinds, parts, consistent, out);
            parts.remove(parts.size() - 1);
        }
    }

    private static Number value(String part, CellKind kind) {
        return switch (kind) {
            case COUNT -> COUNT.matcher(part).matches() ? (Number) Long.valueOf(part) : null;
            case SIGNED_COUNT -> SIGNED.matcher(part).matches() ? (Number) Long.valueOf(part) : null;
            case DECIMAL -> DECIMAL.matcher(part).matches() ? new java.math.BigDecimal(part) : null;
        };
    }

    /** The constraint of a row whose last column is the total of the others. */
    static boolean lastIsSum(List<Number> values) {
        long sum = 0;
        for (int i = 0; i < values.size() - 1; i++) {
            sum += values.get(i).longValue();
        }
        return sum == values.get(values.size() - 1).longValue();
    }

    /** The constraint of T4's data row: three groups of five, each group's last column the sum of its first four. */
    static boolean groupsOfFiveSum(List<Number> values) {
        for (int g = 0; g + 5 <= values.size(); g += 5) {
            if (!lastIsSum(values.subList(g, g + 5))) {
                return false;
            }
        }
        return true;
    }
}
