package org.disclosurepipeline.core.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.disclosurepipeline.core.template.CellKind;
import org.junit.jupiter.api.Test;

/**
 * The split search reads numbers digit by digit and looks for a row's last group by its total; it must find exactly
 * the splits that the straightforward search with regular expressions (the specification, kept here) finds. The
 * order may differ, and beyond 64 splits only "many" counts.
 */
class GluedCellsTest {

    @Test
    void splitsAGluedT3RowByItsTotal() {
        List<List<Number>> splits = GluedCells.candidates("801000081", Collections.nCopies(7, CellKind.COUNT), 7);
        assertThat(splits).containsExactly(List.of(80L, 1L, 0L, 0L, 0L, 0L, 81L));
    }

    /**
     * 行政事业性收费 to the fen in 万元 (xiqiao-town-2023.glued-rows.txt, as 平潭综合实验区 2021, 2023 and 2025 print it):
     * six decimals make the one cell longer than ten characters, which is still one well-formed amount.
     */
    @Test
    void readsAnAmountWithSixDecimalsAsTheOneCellItIs() {
        assertThat(GluedCells.candidates("3718.204517", List.of(CellKind.DECIMAL), 0))
                .containsExactly(List.of(new BigDecimal("3718.204517")));
        assertThat(GluedCells.candidates("123456789.123456", List.of(CellKind.DECIMAL), 0))
                .containsExactly(List.of(new BigDecimal("123456789.123456")));
        assertThat(GluedCells.candidates("1234567890.1", List.of(CellKind.DECIMAL), 0)).isEmpty();
        // a count glued before the amount: every split that leaves a well-formed amount, the long ones included
        assertThat(GluedCells.candidates("63718.204517", List.of(CellKind.COUNT, CellKind.DECIMAL), 0))
                .contains(List.of(6L, new BigDecimal("3718.204517")), List.of(63L, new BigDecimal("718.204517")));
    }

    @Test
    void findsWhatTheRegularExpressionsFind() {
        Random random = new Random(81);
        List<List<CellKind>> shapes = List.of(Collections.nCopies(7, CellKind.COUNT), Collections.nCopies(3,
                CellKind.COUNT), List.of(CellKind.COUNT, CellKind.SIGNED_COUNT, CellKind.COUNT),
                List.of(CellKind.DECIMAL), List.of(CellKind.COUNT, CellKind.DECIMAL), Collections.nCopies(15,
                        CellKind.COUNT));
        String alphabet = "0000111123456789.-+";
        int found = 0;
        for (int n = 0; n < 20_000; n++) {
            List<CellKind> kinds = shapes.get(random.nextInt(shapes.size()));
            int groupSize = kinds.size() == 7 ? 7 : kinds.size() == 15 ? 5 : 0;
            StringBuilder digits = new StringBuilder();
            for (int i = 1 + random.nextInt(kinds.size() + 16); i > 0; i--) {
                digits.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            List<List<Number>> expected = Oracle.candidates(digits.toString(), kinds, groupSize);
            List<List<Number>> actual = GluedCells.candidates(digits.toString(), kinds, groupSize);
            found += expected.size();
            if (expected.size() > GluedCells.MAX_CANDIDATES) {
                assertThat(actual).as("%s %s", digits, kinds).hasSize(expected.size());
            } else {
                assertThat(actual).as("%s %s", digits, kinds).containsExactlyInAnyOrderElementsOf(expected);
            }
        }
        assertThat(found).isGreaterThan(10_000);
    }

    /** The search as it was written first: substrings checked by regular expressions. */
    private static final class Oracle {
        private static final Pattern COUNT = Pattern.compile("0|[1-9]\\d{0,6}");
        private static final Pattern SIGNED = Pattern.compile("-?(?:0|[1-9]\\d{0,6})");
        private static final Pattern DECIMAL = Pattern.compile("(?:0|[1-9]\\d{0,8})(?:\\.\\d{1,6})?");

        static List<List<Number>> candidates(String digits, List<CellKind> kinds, int groupSize) {
            List<List<Number>> out = new ArrayList<>();
            search(digits, 0, kinds, groupSize, new ArrayList<>(), out);
            return out;
        }

        private static void search(String digits, int from, List<CellKind> kinds, int groupSize, List<Number> parts,
                List<List<Number>> out) {
            if (out.size() > GluedCells.MAX_CANDIDATES) {
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
            // the patterns bound each part's length: an amount may take sixteen characters (123456789.123456)
            for (int end = from + 1; end <= digits.length() - remainingColumns; end++) {
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
                case DECIMAL -> DECIMAL.matcher(part).matches() ? new BigDecimal(part) : null;
            };
        }
    }
}
