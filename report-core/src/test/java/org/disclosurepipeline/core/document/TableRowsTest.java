package org.disclosurepipeline.core.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Joining the parts of a table that a page break cut, cell by cell. */
class TableRowsTest {

    @Test
    void aRowWhoseNumbersWrapOverThePageBreakIsJoinedDigitByDigit() {
        TableRows page1 = table(row("一、本年新收政府信息公开申请数量", "81", "45", "73"));
        TableRows page2 = table(row("", "", "1", "8"), row("二、上年结转政府信息公开申请数量", "9", "11", "20"));
        page1.append(page2);
        assertThat(text(page1)).isEqualTo("一、本年新收政府信息公开申请数量\t81\t451\t738\n"
                + "二、上年结转政府信息公开申请数量\t9\t11\t20\n");
    }

    @Test
    void aLabelCutByThePageBreakIsJoinedWhenThePartsBeginATemplateLabel() {
        TableRows page1 = table(row("5.要求行政机关确认或重新出", "1", "0", "1"));
        TableRows page2 = table(row("具已获取信息", "", "", ""));
        page1.append(page2);
        assertThat(text(page1)).isEqualTo("5.要求行政机关确认或重新出具已获取信息\t1\t0\t1\n");
    }

    @Test
    void aNewRowAfterAHeadingIsNotTakenForTheRestOfIt() {
        TableRows page1 = table(row("信息内容", "本年制发件数", "本年废止件数", "现行有效件数"));
        TableRows page2 = table(row("规章", "9", "11", "9"));
        page1.append(page2);
        assertThat(text(page1)).isEqualTo("信息内容\t本年制发件数\t本年废止件数\t现行有效件数\n规章\t9\t11\t9\n");
    }

    @Test
    void headingRowsRepeatedOnTheNextPageAreDropped() {
        TableRows page1 = table(row("信息内容", "本年制发件数", "本年废止件数", "现行有效件数"), row("规章", "9", "11", "9"));
        TableRows page2 = table(row("信息内容", "本年制发件数", "本年废止件数", "现行有效件数"),
                row("行政规范性文件", "6", "7", "11"));
        page1.append(page2);
        assertThat(text(page1)).isEqualTo("信息内容\t本年制发件数\t本年废止件数\t现行有效件数\n规章\t9\t11\t9\n"
                + "行政规范性文件\t6\t7\t11\n");
    }

    /** A table of four columns 100 pt wide; each row a band of new cells. */
    @SafeVarargs
    private static TableRows table(List<TableRows.Entry>... rows) {
        return new TableRows(1, 0, 400, new ArrayList<>(List.of(rows)));
    }

    private static List<TableRows.Entry> row(String... cells) {
        List<TableRows.Entry> row = new ArrayList<>();
        for (int i = 0; i < cells.length; i++) {
            row.add(new TableRows.Entry(new TableRows.Cell(100 * i, 100 * i + 100, cells[i]), true));
        }
        return row;
    }

    private static String text(TableRows table) {
        StringBuilder out = new StringBuilder();
        table.write(out);
        return out.toString();
    }
}
