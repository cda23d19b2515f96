package org.disclosurepipeline.core.parse;

import java.math.BigDecimal;
import java.util.Map;
import org.disclosurepipeline.core.template.CellKind;
import org.disclosurepipeline.core.template.TemplateCatalog;

/**
 * Reads an amount written with its unit (96500元, 12.5万元) in a column of amounts. The cell says what it means, so
 * it is read without a guess: in the column's own unit as it stands, in the other unit converted exactly (96500元 in
 * a column of 万元 is 9.65). A unit in a column of counts (3件), or a conversion that would need more than six decimals
 * (0.001元 in 万元), leaves the cell unread, as any other text.
 */
final class AmountUnits {

    private static final Map<String, Integer> YUAN_PER_UNIT = TemplateCatalog.YUAN_PER_UNIT;
    /** The longest unit first: 万元 ends in 元. */
    private static final String[] UNITS = YUAN_PER_UNIT.keySet().stream()
            .sorted((a, b) -> Integer.compare(b.length(), a.length())).toArray(String[]::new);
    private static final int MAX_SCALE = 6;
    private static final int MAX_INTEGER_DIGITS = 15;

    private AmountUnits() {
    }

    /** The length of the unit the text ends in (after white space), or 0. */
    static int unitLength(CharSequence text) {
        int end = text.length();
        while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end == 0 || text.charAt(end - 1) != '元') {
            return 0; // the common case, answered by one character
        }
        for (String unit : UNITS) {
            if (end >= unit.length() && text.subSequence(end - unit.length(), end).toString().equals(unit)) {
                return text.length() - (end - unit.length());
            }
        }
        return 0;
    }

    /** The cell's amount in its column's unit, or null when the cell is no amount with a unit of this column. */
    static UnitReading read(String raw, String cellKey, int line) {
        String columnUnit = TemplateCatalog.amountUnit(cellKey);
        int unit = columnUnit == null ? 0 : unitLength(raw);
        if (unit == 0) {
            return null;
        }
        String written = raw.substring(raw.length() - unit).strip();
        Number number = Cells.parse(raw.substring(0, raw.length() - unit).strip(), CellKind.DECIMAL);
        BigDecimal value = number == null ? null : convert((BigDecimal) number, written, columnUnit);
        return value == null ? null : new UnitReading(cellKey, raw, value, written, columnUnit, line);
    }

    /** The amount in {@code to}, exactly, or null when it would need more digits than a cell holds. */
    static BigDecimal convert(BigDecimal amount, String from, String to) {
        int shift = digits(YUAN_PER_UNIT.get(from)) - digits(YUAN_PER_UNIT.get(to));
        BigDecimal value = amount;
        if (shift != 0) {
            value = amount.movePointRight(shift).stripTrailingZeros();
            value = value.scale() < 0 ? value.setScale(0) : value;
        }
        boolean fits = value.scale() <= MAX_SCALE && value.precision() - value.scale() <= MAX_INTEGER_DIGITS;
        return fits ? value : null;
    }

    /** 4 for 10,000: units are powers of ten. */
    private static int digits(int yuan) {
        return Integer.toString(yuan).length() - 1;
    }
}
