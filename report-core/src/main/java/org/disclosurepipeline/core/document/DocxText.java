package org.disclosurepipeline.core.document;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/** A Word document as text: paragraphs as lines, each table row as a line of tab-separated cells. */
final class DocxText {

    static {
        // guards against decompression bombs: no entry may expand more than 100 times or beyond 100 MB
        ZipSecureFile.setMinInflateRatio(0.01);
        ZipSecureFile.setMaxEntrySize(100L * 1024 * 1024);
    }

    private DocxText() {
    }

    static String extract(byte[] bytes) throws UnreadableDocumentException {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            StringBuilder out = new StringBuilder();
            for (IBodyElement element : doc.getBodyElements()) {
                if (element instanceof XWPFParagraph p) {
                    out.append(p.getText()).append('\n');
                } else if (element instanceof XWPFTable t) {
                    table(t, out);
                }
            }
            return out.toString();
        } catch (IOException | RuntimeException e) {
            throw new UnreadableDocumentException("not a readable Word (.docx) document: " + reason(e), e);
        }
    }

    private static void table(XWPFTable table, StringBuilder out) {
        for (XWPFTableRow row : table.getRows()) {
            boolean first = true;
            for (XWPFTableCell cell : row.getTableCells()) {
                if (!first) {
                    out.append('\t');
                }
                out.append(cell.getText().replace('\n', ' ').replace('\t', ' ').strip());
                first = false;
            }
            out.append('\n');
        }
    }

    static String reason(Exception e) {
        String message = e.getMessage();
        return message == null ? e.getClass().getSimpleName() : message.lines().findFirst().orElse(message);
    }
}
