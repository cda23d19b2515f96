package org.disclosurepipeline.core.parse;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.disclosurepipeline.core.template.CellKind;

/**
 * The search behind {@link GluedCells#candidates}: every split of a run of digits into one well-formed number per
 * column, a group's total column taking only the sum of its group. Numbers are read digit by digit as the split
 * grows, without cutting strings or asking a regular expression, and a part that leaves the rest of its group no
 * room is not tried: a busy row has thousands of splits. Well-formed means: a count is 0 or up to seven digits
 * without a leading 0 ({@code 0|[1-9]\d{0,6}}), a signed count may have a '-' before that, an amount is
 * {@code (0|[1-9]\d{0,8})(\.\d{1,6})?}.
 */
final class SplitSearch {

    private static final int MAX_PART = 10;
    /** An amount's longest form: nine digits, the point and six decimals (万元 to the fen: 3718.204517). */
    private static final int MAX_AMOUNT_PART = 16;
    private static final int MAX_COUNT_DIGITS = 7;

    private final char[] digits;
    private final DigitRun run;
    private final CellKind[] kinds;
    /** Per column: where its group starts, and the group's total column (-1 without groups). */
    private final int[] groupStart;
    private final int[] groupTotal;
    /** True for the columns of a group made of counts only, where the room left is checked. */
    private final boolean[] countGroup;
    /** A group's total is a sum of counts of at most seven digits each: the most digits it can have. */
    private final int maxTotalDigits;
    /** suffixTotals[m]: the number the last m digits spell, or -1 when they are no well-formed count. */
    private final long[] suffixTotals;
    /** longestAfter[c]: the most characters the columns after column c can take. */
    private final int[] longestAfter;
    private final long[] counts;
    private final BigDecimal[] amounts;
    private final List<List<Number>> out = new ArrayList<>();

    private SplitSearch(String digits, List<CellKind> kinds, int groupSize) {
        int width = kinds.size();
        this.run = new DigitRun(digits);
        this.digits = run.chars();
        this.kinds = kinds.toArray(new CellKind[0]);
        this.counts = new long[width];
        this.amounts = new BigDecimal[width];
        this.groupStart = new int[width];
        this.groupTotal = new int[width];
        this.countGroup = new boolean[width];
        Arrays.fill(groupTotal, -1);
        for (int g = 0; groupSize > 0 && g + groupSize <= width; g += groupSize) {
            boolean onlyCounts = true;
            for (int c = g; c < g + groupSize; c++) {
                onlyCounts &= kinds.get(c) == CellKind.COUNT;
            }
            Arrays.fill(groupStart, g, g + groupSize, g);
            Arrays.fill(groupTotal, g, g + groupSize, g + groupSize - 1);
            Arrays.fill(countGroup, g, g + groupSize, onlyCounts);
        }
        this.maxTotalDigits = DigitRun.digitCount(Math.max(1, groupSize - 1) * 9_999_999L);
        this.suffixTotals = run.suffixTotals(maxTotalDigits);
        this.longestAfter = new int[width];
        for (int c = width - 2; c >= 0; c--) {
            longestAfter[c] = longestAfter[c + 1] + longestPart(this.kinds[c + 1]);
        }
    }

    private static int longestPart(CellKind kind) {
        return kind == CellKind.DECIMAL ? MAX_AMOUNT_PART : MAX_PART;
    }

    static List<List<Number>> run(String digits, List<CellKind> kinds, int groupSize) {
        SplitSearch search = new SplitSearch(digits, kinds, groupSize);
        search.search(0, 0);
        return search.out;
    }

    private void search(int from, int column) {
        if (out.size() > GluedCells.MAX_CANDIDATES) {
            return;
        }
        if (column == kinds.length) {
            if (from == digits.length) {
                out.add(split());
            }
            return;
        }
        if (groupTotal[column] == column) {
            // a total column: only the sum of its group can stand here, so try that and nothing else
            long sum = groupSum(column);
            int end = run.numberAt(from, sum);
            if (end >= 0) {
                counts[column] = sum;
                search(end, column + 1);
            }
            return;
        }
        if (countGroup[column] && groupStart[column] == column && groupTotal[column] == kinds.length - 1
                && groupTotal[column] > column) {
            lastGroup(from, column);
            return;
        }
        int last = Math.min(digits.length - (kinds.length - column - 1), from + longestPart(kinds[column]));
        switch (kinds[column]) {
            case COUNT -> counts(from, last, column, false);
            case SIGNED_COUNT -> counts(from, last, column, true);
            case DECIMAL -> amounts(from, last, column);
        }
    }

    /**
     * The last group, whose total ends the digits: for each total the last digits can spell, the counts before it
     * are looked for that add up to exactly that total, so a part too large or a rest too long is never tried.
     */
    private void lastGroup(int from, int column) {
        int total = kinds.length - 1;
        for (int m = 1; m <= maxTotalDigits && from + m <= digits.length; m++) {
            if (suffixTotals[m] >= 0) {
                counts[total] = suffixTotals[m];
                addUpTo(from, digits.length - m, column, suffixTotals[m]);
            }
        }
    }

    /** Counts for columns [column, total) in digits[from, to) adding up to {@code target}. */
    private void addUpTo(int from, int to, int column, long target) {
        if (out.size() > GluedCells.MAX_CANDIDATES) {
            return;
        }
        int total = kinds.length - 1;
        int others = total - column - 1;
        if (from >= to || !Chars.isAsciiDigit(digits[from])) {
            return;
        }
        long value = 0;
        for (int end = from + 1; end <= to - others && end - from <= MAX_COUNT_DIGITS; end++) {
            char c = digits[end - 1];
            if (!Chars.isAsciiDigit(c) || end - from > 1 && digits[from] == '0') {
                return;
            }
            value = value * 10 + (c - '0');
            if (value > target) {
                return; // a longer part is larger still
            }
            counts[column] = value;
            if (others == 0) {
                if (end == to && value == target) {
                    search(digits.length, total + 1);
                }
                continue;
            }
            int rest = to - end;
            long left = target - value;
            if (rest > others * MAX_COUNT_DIGITS || left > others * (DigitRun.TENS[Math.min(MAX_COUNT_DIGITS, rest - others + 1)] - 1)) {
                continue; // what is left is too long or too much for the counts to come; a longer part may do
            }
            if (left < leastSum(rest, others)) {
                continue; // what is left is too little for so many digits
            }
            addUpTo(end, to, column + 1, left);
        }
    }

    /** The least that {@code parts} counts of {@code digits} digits in all add up to: one of them is that long. */
    private static long leastSum(int digits, int parts) {
        int longest = (digits + parts - 1) / parts;
        return longest > 1 ? DigitRun.TENS[longest - 1] : 0;
    }

    /** Tries every count starting at {@code from} and ending at most at {@code last}. */
    private void counts(int from, int last, int column, boolean signed) {
        boolean negative = signed && from < digits.length && digits[from] == '-';
        int start = negative ? from + 1 : from;
        if (start >= digits.length || !Chars.isAsciiDigit(digits[start])) {
            return;
        }
        long before = countGroup[column] ? groupSum(column) : 0;
        long value = 0;
        for (int end = start + 1; end <= last; end++) {
            char c = digits[end - 1];
            if (!Chars.isAsciiDigit(c) || end - start > MAX_COUNT_DIGITS || end - start > 1 && digits[start] == '0') {
                return; // a longer part is no better formed
            }
            value = value * 10 + (c - '0');
            if (countGroup[column]) {
                int room = room(end, column, before + value);
                if (room < 0) {
                    return; // the rest of the group no longer fits, and a longer part leaves less room
                }
                if (room > 0) {
                    continue; // the rest is too long for what can follow; a longer part may fit
                }
            }
            counts[column] = negative ? -value : value;
            search(end, column + 1);
        }
    }

    private void amounts(int from, int last, int column) {
        for (int end = from + 1; end <= last; end++) {
            if (run.isAmount(from, end)) {
                amounts[column] = new BigDecimal(digits, from, end - from);
                counts[column] = amounts[column].longValue();
                search(end, column + 1);
            }
        }
    }

    /**
     * Whether the digits after {@code end} fit the columns after {@code column} once its group adds up to
     * {@code sum} so far: -1 when too few (the group's total, at least the sum so far, needs its digits), and for
     * any longer part too; 1 when too many (no column takes more than its longest number); 0 when they may.
     */
    private int room(int end, int column, long sum) {
        int total = groupTotal[column];
        int freeLeft = total - column - 1;
        int after = kinds.length - total - 1;
        int rest = digits.length - end;
        if (rest < freeLeft + DigitRun.digitCount(sum) + after) {
            return -1;
        }
        return rest > freeLeft * MAX_COUNT_DIGITS + maxTotalDigits + longestAfter[total] ? 1 : 0;
    }

    private long groupSum(int column) {
        long sum = 0;
        for (int i = groupStart[column]; i < column; i++) {
            sum += counts[i];
        }
        return sum;
    }

    private List<Number> split() {
        Number[] split = new Number[kinds.length];
        for (int c = 0; c < kinds.length; c++) {
            // a total is the sum as a count, whatever its column holds otherwise
            split[c] = kinds[c] == CellKind.DECIMAL && groupTotal[c] != c ? amounts[c] : (Number) counts[c];
        }
        return List.of(split);
    }
}
