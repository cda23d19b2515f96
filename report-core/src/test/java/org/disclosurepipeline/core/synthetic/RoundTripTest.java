package org.disclosurepipeline.core.synthetic;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.disclosurepipeline.core.parse.ParsedReport;
import org.disclosurepipeline.core.parse.ReportParser;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** generate → render → parse → equal, over many random reports of every template, for every text layout. */
class RoundTripTest {

    private static final int CASES = 1_000;
    private final ReportParser parser = new ReportParser();

    @ParameterizedTest
    @EnumSource(value = TextLayout.class, names = {"CELL_PER_LINE", "TAB_ROWS", "SPACED"})
    void everyCellComesBackExactly(TextLayout layout) {
        ReportGenerator generator = new ReportGenerator(layout.ordinal() * 7919L);
        ReportTextRenderer renderer = new ReportTextRenderer(layout, layout.ordinal());
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < CASES && failures.size() < 3; i++) {
            SyntheticReport expected = generator.next();
            String text = renderer.render(expected);
            ParsedReport parsed = parser.parse(text);
            String mismatch = RoundTripAssertions.mismatch(expected, parsed);
            if (mismatch != null) {
                failures.add("case " + i + " (" + expected.template() + "): " + mismatch + "\n" + text);
            }
        }
        assertThat(failures).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void flattenedRowsAreSplitWhenOnlyOneSplitFitsAndNeverGuessed() {
        ReportGenerator generator = new ReportGenerator(42);
        ReportTextRenderer renderer = new ReportTextRenderer(TextLayout.FLATTENED, 42);
        Map<String, int[]> readByTable = new java.util.TreeMap<>();
        List<String> wrong = new ArrayList<>();
        for (int i = 0; i < CASES; i++) {
            SyntheticReport expected = generator.next();
            ParsedReport parsed = parser.parse(renderer.render(expected));
            String wrongCell = RoundTripAssertions.wrongValue(expected, parsed.report());
            if (wrongCell != null) {
                wrong.add("case " + i + ": " + wrongCell);
            }
            for (String key : expected.figures().keySet()) {
                int[] counts = readByTable.computeIfAbsent(key.substring(0, key.indexOf('.')), k -> new int[2]);
                counts[0] += parsed.report().figures().get(key) != null ? 1 : 0;
                counts[1]++;
            }
        }
        assertThat(wrong).as("a glued row is split only when the split is certain").isEmpty();
        readByTable.forEach((table, c) -> System.out.printf("flattened %s: %d of %d cells read (%.1f%%)%n",
                table, c[0], c[1], 100.0 * c[0] / c[1]));
        // T3 and T4 carry their own sums, so most glued rows have a single consistent split; T2 has none
        assertThat(ratio(readByTable.get("applications"))).isGreaterThan(0.9);
        assertThat(ratio(readByTable.get("reviewLitigation"))).isGreaterThan(0.9);
    }

    private static double ratio(int[] counts) {
        return (double) counts[0] / counts[1];
    }
}
