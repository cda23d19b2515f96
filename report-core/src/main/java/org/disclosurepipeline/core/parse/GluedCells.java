package org.disclosurepipeline.core.parse;

import java.util.List;
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

    /** Longer than any real row of glued cells (fifteen cells of four digits). */
    private static final int QUOTED_LENGTH = 80;

    private GluedCells() {
    }

    /**
     * A label with digits glued to its end, split in two; null when the text does not end in digits.
     *
     * @param unit the unit of money the digits end in (政府集中采购13575394432.52元), or null
     */
    record LabelAndDigits(String label, String digits, String unit) {

        /** The digits and their unit, as written. */
        String written() {
            return unit == null ? digits : digits + unit;
        }
    }

    /**
     * The text split into its label and the digits glued to it (spaces between them dropped), or null. Token#glued
     * asks only of texts that end in a number character: most labels end in a word.
     */
    static LabelAndDigits split(String text) {
        String t = text.strip();
        int unitLength = AmountUnits.unitLength(t);
        String unit = unitLength == 0 ? null : t.substring(t.length() - unitLength).strip();
        t = unitLength == 0 ? t : t.substring(0, t.length() - unitLength).stripTrailing();
        int end = t.length();
        int start = end;
        boolean spaced = false;
        while (start > 0) {
            if (isNumberChar(t.charAt(start - 1))) {
                start--;
                continue;
            }
            // spaces between numbers (a scraper's, or a cell's &nbsp;) are part of the run, not its start
            int before = start;
            while (before > 0 && t.charAt(before - 1) == ' ') {
                before--;
            }
            if (before == start || before == 0 || !isNumberChar(t.charAt(before - 1))) {
                break;
            }
            spaced = true;
            start = before;
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
        String digits = t.substring(start);
        return labelEnd == 0 ? null
                : new LabelAndDigits(t.substring(0, labelEnd), spaced ? digits.replace(" ", "") : digits, unit);
    }

    /** The glued digits as a finding quotes them: a run too long to be a row is cut short. */
    static String quoted(String digits) {
        return digits.length() <= QUOTED_LENGTH ? digits : digits.substring(0, QUOTED_LENGTH) + "…";
    }

    static boolean isNumberChar(char c) {
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
        return SplitSearch.run(digits, kinds, groupSize);
    }
}
