package org.disclosurepipeline.core.document;

import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * PDFBox's text stripper, writing each character at the column its x position gives (half an em per column, a
 * Chinese character two columns), so that gaps between table cells come out as runs of spaces.
 */
final class LayoutTextStripper extends PDFTextStripper {

    private int column;

    LayoutTextStripper() throws IOException {
        setSortByPosition(true);
        setWordSeparator("");
    }

    @Override
    protected void writeString(String text, List<TextPosition> positions) throws IOException {
        for (TextPosition p : positions) {
            float unit = Math.max(1f, p.getFontSizeInPt() / 2f);
            int target = Math.round(p.getXDirAdj() / unit);
            if (target > column) {
                writeString(" ".repeat(target - column));
                column = target;
            }
            String unicode = p.getUnicode();
            writeString(unicode);
            column += unicode.codePoints().map(c -> c >= 0x2E80 ? 2 : 1).sum();
        }
    }

    @Override
    protected void writePageStart() throws IOException {
        super.writePageStart();
        column = 0;
    }

    @Override
    protected void writeLineSeparator() throws IOException {
        super.writeLineSeparator();
        column = 0;
    }
}
