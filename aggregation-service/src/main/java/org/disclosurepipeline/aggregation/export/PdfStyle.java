package org.disclosurepipeline.aggregation.export;

import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import java.awt.Color;
import java.util.List;

/** Fonts, colours and cells of the check sheet, in one place so that its parts look alike. */
final class PdfStyle {

    /** A cell a finding still open points at; one whose finding is confirmed (to be fixed); one only dismissed ones. */
    static final Color OPEN = new Color(0xFF, 0xEB, 0x9C);
    static final Color CONFIRMED = new Color(0xF8, 0xB4, 0xB4);
    static final Color DISMISSED = new Color(0xDD, 0xDD, 0xDD);
    static final Color HEADING = new Color(0xEE, 0xF2, 0xF7);
    static final Color MARK = new Color(0xB0, 0x00, 0x00);

    final Font title;
    final Font heading;
    final Font text;
    final Font bold;
    final Font small;
    final Font mark;

    PdfStyle(BaseFont base) {
        title = new Font(base, 16, Font.BOLD);
        heading = new Font(base, 11, Font.BOLD);
        text = new Font(base, 8.5f);
        bold = new Font(base, 8.5f, Font.BOLD);
        small = new Font(base, 7f);
        mark = new Font(base, 7f, Font.BOLD, MARK);
    }

    PdfPCell cell(String text, Font font) {
        PdfPCell cell = new PdfPCell(new Phrase(text == null ? "" : text, font));
        cell.setPadding(3);
        cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
        return cell;
    }

    /** A figure: right-aligned, as numbers are printed. */
    PdfPCell value(Phrase phrase) {
        PdfPCell cell = new PdfPCell(phrase);
        cell.setPadding(3);
        cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
        cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
        return cell;
    }

    PdfPCell heading(String text) {
        PdfPCell cell = cell(text, bold);
        cell.setBackgroundColor(HEADING);
        cell.setHorizontalAlignment(Element.ALIGN_CENTER);
        return cell;
    }

    /** The colour of a cell some findings point at: confirmed over open over dismissed. */
    static Color colour(List<CheckSheet.Item> items) {
        boolean open = false;
        for (CheckSheet.Item item : items) {
            if (item.decision() != null && !item.dismissed()) {
                return CONFIRMED;
            }
            open |= item.decision() == null;
        }
        return open ? OPEN : DISMISSED;
    }
}
