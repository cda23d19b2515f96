package org.disclosurepipeline.core.document;

import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * A PDF as text: its tables, found from the lines drawn on its pages, as rows of tab-separated cells, and the rest
 * laid out with spaces the way {@code pdftotext -layout} prints it ({@link PdfLayout}).
 */
final class PdfText {

    /** An annual report runs to a few dozen pages; far more is not a report, and reading it would only cost. */
    static final int MAX_PAGES = 300;
    /** Memory PDFBox may use for the document's streams; beyond it the document is refused, not swapped to disk. */
    private static final long MAX_STREAM_MEMORY = 256L * 1024 * 1024;

    private PdfText() {
    }

    static String extract(byte[] bytes) throws UnreadableDocumentException {
        try (PDDocument doc = Loader.loadPDF(bytes, "", null, null,
                MemoryUsageSetting.setupMainMemoryOnly(MAX_STREAM_MEMORY).streamCache)) {
            if (doc.getNumberOfPages() > MAX_PAGES) {
                throw new UnreadableDocumentException("the PDF has " + doc.getNumberOfPages()
                        + " pages; an annual report has far fewer (at most " + MAX_PAGES + " are read)");
            }
            if (doc.isEncrypted() && !doc.getCurrentAccessPermission().canExtractContent()) {
                throw new UnreadableDocumentException("the PDF is encrypted and does not allow reading its text");
            }
            String text = PdfLayout.text(PdfContentReader.read(doc));
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
