package org.disclosurepipeline.core.synthetic;

import java.math.BigInteger;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;

/**
 * A Word table built the way offices build the template's tables: fixed column widths (so that long labels wrap),
 * cells spanning several columns, group labels in cells merged down the rows of their group.
 */
final class WordTable {

    /** How a cell takes part in a merge down the rows. */
    enum Down { NONE, START, CONTINUE }

    private final XWPFTable table;
    private final int[] widths;
    private final int fontSize;
    private final boolean centred;
    private XWPFTableRow row;
    private int column;

    /**
     * @param widths   the grid's column widths in twips (1/20 pt)
     * @param fontSize in points
     * @param centred  cells centred vertically (numbers beside a wrapped label sit on its middle line), else at the top
     */
    WordTable(XWPFDocument doc, int[] widths, int fontSize, boolean centred) {
        this.table = doc.createTable();
        this.widths = widths.clone();
        this.fontSize = fontSize;
        this.centred = centred;
        table.getCTTbl().getTblPr().addNewTblLayout().setType(STTblLayoutType.FIXED);
        CTTblGrid grid = table.getCTTbl().getTblGrid() != null ? table.getCTTbl().getTblGrid()
                : table.getCTTbl().addNewTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        for (int w : widths) {
            grid.addNewGridCol().setW(BigInteger.valueOf(w));
        }
    }

    /** Starts a new row. */
    WordTable row() {
        row = table.insertNewTableRow(table.getNumberOfRows());
        column = 0;
        return this;
    }

    /** Marks the current row as a heading row, which Word and LibreOffice repeat at the top of every page. */
    WordTable repeated() {
        row.setRepeatHeader(true);
        return this;
    }

    /** A cell of one column. */
    WordTable cell(String text) {
        return cell(text, 1, Down.NONE);
    }

    /** A cell spanning {@code span} grid columns, merged with the cells above or below as {@code down} says. */
    WordTable cell(String text, int span, Down down) {
        XWPFTableCell cell = row.createCell();
        CTTcPr pr = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
        int width = 0;
        for (int c = column; c < column + span && c < widths.length; c++) {
            width += widths[c];
        }
        pr.addNewTcW().setW(BigInteger.valueOf(width));
        pr.getTcW().setType(STTblWidth.DXA);
        if (span > 1) {
            pr.addNewGridSpan().setVal(BigInteger.valueOf(span));
        }
        if (down == Down.START) {
            pr.addNewVMerge().setVal(STMerge.RESTART);
        } else if (down == Down.CONTINUE) {
            pr.addNewVMerge();
        }
        cell.setVerticalAlignment(centred ? XWPFTableCell.XWPFVertAlign.CENTER : XWPFTableCell.XWPFVertAlign.TOP);
        XWPFParagraph p = cell.getParagraphs().get(0);
        p.setAlignment(ParagraphAlignment.CENTER);
        if (down != Down.CONTINUE && !text.isEmpty()) {
            XWPFRun run = p.createRun();
            run.setFontSize(fontSize);
            run.setText(text);
        }
        column += span;
        return this;
    }

    /** Drops the empty first row that POI starts every table with; call once all rows are added. */
    void finish() {
        table.removeRow(0);
    }
}
