package org.disclosurepipeline.aggregation.export;

import com.lowagie.text.Chunk;
import com.lowagie.text.Element;
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
        float[] widths = new float[width + 1];
        widths[0] = width > 3 ? 34 : 40;
        for (int i = 1; i <= width; i++) {
            widths[i] = (100 - widths[0]) / width;
        }
        PdfPTable pdf = new PdfPTable(widths);
        pdf.setWidthPercentage(100);
        pdf.setSpacingBefore(4);
        pdf.setSpacingAfter(8);
        if (table.id() == TableId.APPLICATIONS) { // the group over the five organisation columns, as printed
            pdf.addCell(style.heading(""));
            pdf.addCell(style.heading(""));
            PdfPCell organisations = style.heading(TemplateCatalog.ORGANISATIONS_HEADING);
            organisations.setColspan(5);
            pdf.addCell(organisations);
            pdf.addCell(style.heading(""));
        }
        for (List<RowDef> run : SheetTables.runs(table.rows())) {
            pdf.addCell(style.heading(""));
            for (int i = 0; i < run.get(0).width(); i++) {
                PdfPCell heading = style.heading(run.get(0).columns().get(i).label());
                heading.setColspan(i == run.get(0).width() - 1 ? width - i : 1);
                pdf.addCell(heading);
            }
            if (table.id() == TableId.APPLICATIONS) {
                pdf.setHeaderRows(2);
            }
            run.forEach(row -> addRow(pdf, row, width));
        }
        return pdf;
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
            PdfPCell cell = new PdfPCell(phrase);
            cell.setPadding(3);
            cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
            cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
            cell.setColspan(i == columns.size() - 1 ? width - i : 1);
            if (!items.isEmpty()) {
                cell.setBackgroundColor(PdfStyle.colour(items));
            }
            pdf.addCell(cell);
        }
    }
}
