package org.disclosurepipeline.aggregation.export;

import com.lowagie.text.Chunk;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.disclosurepipeline.core.template.ColumnDef;
import org.disclosurepipeline.core.template.RowDef;
import org.disclosurepipeline.core.template.TableId;
import org.disclosurepipeline.core.template.TemplateCatalog;

/**
 * One of the report's tables with every cell of the template: its value (blank when the report left it empty or
 * it could not be read), and on the cells findings point at their numbers ([1,3]) and a shade by review state.
 */
final class StatTablePdf {

    private final PdfStyle style;
    private final Map<String, BigDecimal> figures;
    private final CellMarks marks;

    StatTablePdf(PdfStyle style, Map<String, BigDecimal> figures, CellMarks marks) {
        this.style = style;
        this.figures = figures;
        this.marks = marks;
    }

    PdfPTable render(SheetTables.Table table) {
        int width = table.rows().stream().mapToInt(RowDef::width).max().orElse(1);
        float labels = width > 3 ? 34 : 40; // T3's and T4's columns are narrow
        float[] widths = new float[width + 1];
        java.util.Arrays.fill(widths, (100 - labels) / width);
        widths[0] = labels;
        PdfPTable pdf = new PdfPTable(widths);
        pdf.setWidthPercentage(100);
        pdf.setSpacingBefore(4);
        pdf.setSpacingAfter(8);
        boolean applications = table.id() == TableId.APPLICATIONS;
        if (applications) {
            applicationsHeading(pdf);
        }
        for (List<RowDef> run : SheetTables.runs(table.rows())) {
            if (!applications) {
                pdf.addCell(style.heading(""));
                for (int i = 0; i < run.get(0).width(); i++) {
                    PdfPCell heading = style.heading(run.get(0).columns().get(i).label());
                    heading.setColspan(i == run.get(0).width() - 1 ? width - i : 1);
                    pdf.addCell(heading);
                }
            }
            run.forEach(row -> addRow(pdf, row, width));
        }
        return pdf;
    }

    /** T3's heading as the template prints it: 自然人, the five organisations under 法人或其他组织, 总计. */
    private void applicationsHeading(PdfPTable pdf) {
        List<ColumnDef> columns = TemplateCatalog.APPLICANT_COLUMNS;
        for (PdfPCell cell : List.of(style.heading(""), style.heading(columns.get(0).label()))) {
            cell.setRowspan(2);
            pdf.addCell(cell);
        }
        PdfPCell organisations = style.heading(TemplateCatalog.ORGANISATIONS_HEADING);
        organisations.setColspan(columns.size() - 2);
        pdf.addCell(organisations);
        PdfPCell total = style.heading(columns.get(columns.size() - 1).label());
        total.setRowspan(2);
        pdf.addCell(total);
        columns.subList(1, columns.size() - 1).forEach(c -> pdf.addCell(style.heading(c.label())));
        pdf.setHeaderRows(2);
    }

    private void addRow(PdfPTable pdf, RowDef row, int width) {
        String group = SheetTables.groupHeading(row);
        if (group != null) {
            PdfPCell heading = style.cell(group, style.bold);
            heading.setColspan(width + 1);
            pdf.addCell(heading);
        }
        pdf.addCell(style.cell(row.label(), style.text));
        List<ColumnDef> columns = row.columns();
        for (int i = 0; i < columns.size(); i++) {
            String key = row.cellKey(columns.get(i));
            BigDecimal value = figures.get(key);
            Phrase phrase = new Phrase(value == null ? "" : value.toPlainString(), style.text);
            List<CheckSheet.Item> items = marks.at(key);
            if (!items.isEmpty()) {
                phrase.add(new Chunk(" [" + items.stream().map(item -> String.valueOf(item.number()))
                        .collect(Collectors.joining(",")) + "]", style.mark));
            }
            PdfPCell cell = style.value(phrase);
            cell.setColspan(i == columns.size() - 1 ? width - i : 1);
            if (!items.isEmpty()) {
                cell.setBackgroundColor(PdfStyle.colour(items));
            }
            pdf.addCell(cell);
        }
    }
}
