package org.disclosurepipeline.aggregation.export;

import com.lowagie.text.Element;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import java.util.List;
import org.disclosurepipeline.aggregation.model.FindingReview;

/** The findings of a check sheet, numbered as the marks in the tables, each with its review decision. */
final class FindingsPdf {

    private FindingsPdf() {
    }

    static PdfPTable render(PdfStyle style, List<CheckSheet.Item> items) {
        PdfPTable pdf = new PdfPTable(new float[] {5, 6, 12, 35, 17, 25});
        pdf.setWidthPercentage(100);
        pdf.setSpacingBefore(4);
        pdf.setHeaderRows(1);
        for (String heading : List.of("序号", "级别", "规则", "问题说明", "位置", "审核")) {
            pdf.addCell(style.heading(heading));
        }
        for (CheckSheet.Item item : items) {
            PdfPCell number = style.cell(String.valueOf(item.number()), style.mark);
            number.setHorizontalAlignment(Element.ALIGN_CENTER);
            if (item.location("table") != null) {
                number.setBackgroundColor(PdfStyle.colour(List.of(item)));
            }
            pdf.addCell(number);
            pdf.addCell(style.cell(Words.severity(item.severity()), style.text));
            pdf.addCell(style.cell(item.text("rule"), style.small));
            String message = item.text("messageZh") != null ? item.text("messageZh") : item.text("message");
            pdf.addCell(style.cell(message, style.text));
            pdf.addCell(style.cell(where(item), style.small));
            pdf.addCell(style.cell(decision(item.decision()), style.text));
        }
        return pdf;
    }

    /** 表三（依申请公开） （一）予以公开 · 自然人 — or 全文 when the finding names no table. */
    static String where(CheckSheet.Item item) {
        CellLabels cell = CellLabels.of(item.location("table"), item.location("row"), item.location("column"),
                item.cells());
        if (cell.table().isEmpty()) {
            return "全文";
        }
        String rowAndColumn = String.join(" · ", java.util.stream.Stream.of(cell.row(), cell.column())
                .filter(s -> !s.isEmpty()).toList());
        return rowAndColumn.isEmpty() ? cell.table() : cell.table() + "\n" + rowAndColumn;
    }

    /** 已驳回：理由 — 审核人 (region), time; or 待审核. */
    static String decision(FindingReview r) {
        if (r == null) {
            return Words.review(null);
        }
        StringBuilder out = new StringBuilder(Words.review(r.decision));
        if (r.reason != null) {
            out.append("：").append(r.reason);
        }
        out.append("\n").append(r.decidedBy == null ? "" : r.decidedBy);
        if (r.reviewerRegion != null) {
            out.append("（").append(r.reviewerRegion).append("）");
        }
        return out.append(" ").append(Words.time(r.decidedAt)).toString();
    }
}
