package org.disclosurepipeline.core.document;

import java.io.IOException;
import java.io.StringWriter;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;

/** A PDF as text laid out with spaces, the way {@code pdftotext -layout} prints it, so that columns stay apart. */
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
