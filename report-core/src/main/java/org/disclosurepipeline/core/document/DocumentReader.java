package org.disclosurepipeline.core.document;

/**
 * Turns a document into the text the report parser reads best: for HTML and Word the cells of each table row
 * joined by tabs (the document's own structure, not a guess), for PDF likewise the rows of the tables its drawn lines
 * make ({@link PdfLayout}) and the rest laid out with spaces as it is printed, for text files the text decoded
 * (UTF-8, else GB18030/GBK).
 */
public final class DocumentReader {

    private DocumentReader() {
    }

    /** Reads a document of the given format, or of the detected one when {@code format} is null. */
    public static String read(byte[] bytes, DocumentFormat format) throws UnreadableDocumentException {
        DocumentFormat actual = format != null ? format : DocumentFormat.detect(bytes);
        if (bytes.length == 0) {
            throw new UnreadableDocumentException("the document is empty");
        }
        return switch (actual) {
            case TEXT -> TextDecoder.decode(bytes);
            case HTML -> HtmlText.extract(TextDecoder.decodeHtml(bytes));
            case DOCX -> DocxText.extract(bytes);
            case PDF -> PdfText.extract(bytes);
        };
    }
}
