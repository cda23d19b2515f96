package org.disclosurepipeline.aggregation.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * One worksheet written with fastexcel: a bold, frozen header row with a filter, then the rows, flushed to the
 * stream every {@value #FLUSH_EVERY} rows and written as inline strings (no shared-string table that grows with the
 * year), so that a province's list never sits in memory.
 */
final class XlsxSink implements RowSink {

    static final int FLUSH_EVERY = 500;

    private final Workbook workbook;
    private final Worksheet sheet;
    private final int columns;
    private int row;

    XlsxSink(OutputStream out, String sheetName, List<Column> columns) {
        this.workbook = new Workbook(out, "disclosure-pipeline", "1.0");
        this.sheet = workbook.newWorksheet(sheetName);
        this.columns = columns.size();
        for (int c = 0; c < columns.size(); c++) { // the widths lead the sheet's XML: set before the first flush
            sheet.width(c, columns.get(c).width());
        }
    }

    @Override
    public void row(List<?> values) throws IOException {
        for (int c = 0; c < values.size(); c++) {
            Object v = values.get(c);
            if (v instanceof Number n) {
                sheet.value(row, c, n);
            } else if (v != null && !v.toString().isEmpty()) {
                sheet.inlineString(row, c, v.toString());
            }
        }
        if (row == 0) {
            sheet.range(0, 0, 0, columns - 1).style().bold().fillColor("DDEBF7").set();
            sheet.freezePane(0, 1);
        }
        row++;
        if (row % FLUSH_EVERY == 0) {
            sheet.flush();
        }
    }

    @Override
    public void close() throws IOException {
        sheet.setAutoFilter(0, 0, Math.max(0, row - 1), columns - 1); // written after the rows: set once they are known
        workbook.finish();
    }
}
