package org.disclosurepipeline.core.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Tables from rulings: lines that meet form a grid; cells with no ruling between them are one. */
class TableFinderTest {

    @Test
    void cellsWithoutARulingBetweenThemAreOneMergedCell() {
        List<Ruling> rulings = new ArrayList<>();
        for (float y : new float[] {0, 10, 30}) {
            rulings.add(new Ruling(true, y, 0, 30));
        }
        rulings.add(new Ruling(true, 20, 20, 30));
        rulings.add(new Ruling(false, 0, 0, 30));
        rulings.add(new Ruling(false, 10, 0, 10)); // rows 2 and 3, columns 1 and 2: one cell
        rulings.add(new Ruling(false, 20, 0, 30));
        rulings.add(new Ruling(false, 30, 0, 30));
        List<PdfTable> tables = TableFinder.tables(rulings, 1);
        assertThat(tables).hasSize(1);
        PdfTable table = tables.get(0);
        for (Glyph g : List.of(glyph("规", 1, 8), glyph("章", 6, 8), glyph("1", 22, 8), glyph("行政", 3, 18),
                glyph("许可", 3, 28), glyph("2", 22, 18))) {
            assertThat(table.take(g)).isTrue();
        }
        assertThat(table.take(glyph("外", 40, 8))).as("outside the table").isFalse();
        StringBuilder out = new StringBuilder();
        table.rows().write(out);
        // the merged cell (two columns, two rows) is written once, its lines joined
        assertThat(out).hasToString("规章\t\t1\n行政许可\t2\n");
    }

    @Test
    void aPageDrawnWithThousandsOfLinesIsNotReadAsATable() {
        List<Ruling> rulings = new ArrayList<>();
        for (int i = 0; i <= TableFinder.MAX_RULINGS; i++) {
            rulings.add(new Ruling(i % 2 == 0, i, 0, 5000));
        }
        assertThat(TableFinder.tables(rulings, 1)).isEmpty();
    }

    private static Glyph glyph(String text, float x, float baseline) {
        return new Glyph(text, x, baseline, 4, 5, 5);
    }
}
