package org.disclosurepipeline.aggregation.export;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfWriter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.util.List;
import org.disclosurepipeline.aggregation.model.ApprovalDecision;
import org.disclosurepipeline.core.template.TemplateCatalog;

/**
 * A report's printable check sheet (A4): what a county sends a township. The header (agency, year, submission,
 * verdict, approval), the three tables with every cell and the cells findings point at shaded and numbered, and the
 * findings with their review decisions (who, when, why).
 */
@ApplicationScoped
public class CheckSheetPdf {

    static final String TITLE = "政府信息公开工作年度报告审核单";

    @Inject
    CjkFont font;

    public byte[] render(CheckSheet sheet) {
        PdfStyle style = new PdfStyle(font.get());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document doc = new Document(PageSize.A4, 36, 36, 36, 40);
        PdfWriter writer = PdfWriter.getInstance(doc, out);
        String footer = sheet.agencyName() + "（" + sheet.agencyCode() + "）" + sheet.year() + "年度 · "
                + sheet.submissionId();
        writer.setPageEvent(new PdfPageEventHelper() {
            @Override
            public void onEndPage(PdfWriter w, Document d) {
                ColumnText.showTextAligned(w.getDirectContent(), Element.ALIGN_CENTER, new Phrase(footer + " · 第 "
                        + w.getPageNumber() + " 页", style.small), (d.left() + d.right()) / 2, d.bottom() - 20, 0);
            }
        });
        doc.addTitle(sheet.agencyName() + " " + sheet.year() + " " + TITLE);
        doc.addCreator("disclosure-pipeline aggregation-service");
        doc.open();
        Paragraph title = new Paragraph(TITLE, style.title);
        title.setAlignment(Element.ALIGN_CENTER);
        doc.add(title);
        doc.add(header(style, sheet));
        doc.add(new Paragraph("标记：表中 [n] 为下列问题的序号；底色 黄 = 待审核，红 = 已确认（须更正），灰 = 已驳回。"
                + "空白单元格为报告未填写或未能读取。", style.small));
        List<SheetTables.Table> tables = SheetTables.of(sheet.figures());
        StatTablePdf tablePdf = new StatTablePdf(style, sheet.figures(), new CellMarks(tables, sheet.items()));
        for (SheetTables.Table table : tables) {
            doc.add(new Paragraph(TemplateCatalog.tableNameZh(table.id().shortName()), style.heading));
            doc.add(tablePdf.render(table));
        }
        doc.add(new Paragraph("问题清单（" + sheet.items().size() + " 条）", style.heading));
        doc.add(FindingsPdf.render(style, sheet.items()));
        doc.close();
        return out.toByteArray();
    }

    private static PdfPTable header(PdfStyle style, CheckSheet s) {
        PdfPTable t = new PdfPTable(new float[] {14, 36, 14, 36});
        t.setWidthPercentage(100);
        t.setSpacingBefore(8);
        t.setSpacingAfter(4);
        ApprovalDecision a = s.approval();
        String approval = Words.approval(a == null ? null : a.state) + (a == null ? "" : "\n"
                + (a.decidedBy == null ? "" : a.decidedBy) + (a.approver == null ? "" : "（" + a.approver + "）")
                + " " + Words.time(a.decidedAt) + (a.reason == null ? "" : "\n" + a.reason));
        String verdict = Words.verdict(s.verdict()) + (s.verdict().equals(s.verdictAfter()) ? ""
                : "（审核后：" + Words.verdict(s.verdictAfter()) + "）");
        List<String> cells = List.of("单位", s.agencyName() + "（" + s.agencyCode() + "）", "年度", s.year() + "年度",
                "报送编号", s.submissionId() + (s.current() ? "" : "（已被新报送替代）"), "收到时间",
                Words.time(s.receivedAt()), "校验结果", verdict, "审批状态", approval, "规则版本",
                s.rulesVersion() == null ? "" : s.rulesVersion(), "问题数", String.valueOf(s.items().size()));
        for (int i = 0; i < cells.size(); i++) {
            PdfPCell cell = i % 2 == 0 ? style.heading(cells.get(i)) : style.cell(cells.get(i), style.text);
            t.addCell(cell);
        }
        return t;
    }
}
