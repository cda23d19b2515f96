package org.disclosurepipeline.core.synthetic;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.disclosurepipeline.core.template.SectionId;
import org.disclosurepipeline.core.template.TemplateCatalog;

/** A synthetic report as a Word document: paragraphs, and the tables as real Word tables. */
public final class DocxRenderer {

    public byte[] render(SyntheticReport report) {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            paragraph(doc, report.title());
            paragraph(doc, Prose.preamble(report));
            for (SectionId section : SectionId.values()) {
                paragraph(doc, TemplateCatalog.SECTION_NUMERALS.charAt(section.ordinal()) + "、"
                        + TemplateCatalog.sectionTitles(section).get(0));
                switch (section) {
                    case OVERVIEW -> Prose.overview(report).lines().forEach(l -> paragraph(doc, l));
                    case ACTIVE_DISCLOSURE -> table(doc, PrintedTable.activeDisclosure(report).rows());
                    case APPLICATIONS -> table(doc, PrintedTable.applications(report).rows());
                    case REVIEW_LITIGATION -> table(doc, PrintedTable.reviewLitigation(report).rows());
                    case PROBLEMS -> paragraph(doc, Prose.problems());
                    case OTHER_MATTERS -> paragraph(doc, Prose.otherMatters());
                }
            }
            paragraph(doc, report.agencyName());
            paragraph(doc, Prose.date(report.signedOn()));
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void paragraph(XWPFDocument doc, String text) {
        doc.createParagraph().createRun().setText(text);
    }

    /** One Word row per printed row; a group heading sits in a leading cell, left blank in the rows it spans. */
    private static void table(XWPFDocument doc, List<PrintedTable.Row> rows) {
        XWPFTable table = doc.createTable();
        boolean inGroup = false;
        for (int i = 0; i < rows.size(); i++) {
            PrintedTable.Row row = rows.get(i);
            List<String> cells = new ArrayList<>();
            if (row.group() != null) {
                cells.add(row.group());
                inGroup = true;
            } else if (inGroup && !row.header()) {
                cells.add("");
            }
            if (row.label() != null) {
                cells.add(row.label());
            }
            cells.addAll(row.cells());
            XWPFTableRow wordRow = i == 0 ? table.getRow(0) : table.createRow();
            for (int c = 0; c < cells.size(); c++) {
                (c < wordRow.getTableCells().size() ? wordRow.getCell(c) : wordRow.addNewTableCell())
                        .setText(cells.get(c));
            }
            for (int c = wordRow.getTableCells().size() - 1; c >= cells.size(); c--) {
                wordRow.removeCell(c);
            }
        }
    }
}
