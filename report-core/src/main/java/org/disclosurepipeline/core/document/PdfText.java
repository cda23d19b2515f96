package org.disclosurepipeline.core.document;

import java.io.IOException;
import java.io.StringWriter;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;

/** A PDF as text laid out with spaces, the way {@code pdftotext -layout} prints it, so that columns stay apart. */
final class PdfText {

    private PdfText() {
    }

    static String extract(byte[] bytes) throws UnreadableDocumentException {
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            if (doc.isEncrypted() && !doc.getCurrentAccessPermission().canExtractContent()) {
                throw new UnreadableDocumentException("the PDF is encrypted and does not allow reading its text");
            }
            StringWriter out = new StringWriter();
            new LayoutTextStripper().writeText(doc, out);
            String text = out.toString();
            if (text.isBlank()) {
                throw new UnreadableDocumentException(
                        "the PDF holds no text (a scanned image?); upload the report as text, Word or a text PDF");
            }
            return text;
        } catch (IOException | RuntimeException e) {
            throw new UnreadableDocumentException("not a readable PDF: " + DocxText.reason(e), e);
        }
    }
}
