package org.disclosurepipeline.common.intake;

import java.util.Locale;
import org.disclosurepipeline.core.document.DocumentFormat;

/** The media type a client declared, reduced to the format it promises (null: no promise, read the bytes). */
final class DeclaredType {

    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private DeclaredType() {
    }

    static DocumentFormat promised(String contentType) {
        String type = contentType == null ? "" : contentType.split(";")[0].strip().toLowerCase(Locale.ROOT);
        return switch (type) {
            case "", "application/octet-stream", "text/plain" -> null;
            case "text/html", "application/xhtml+xml" -> DocumentFormat.HTML;
            case "application/pdf" -> DocumentFormat.PDF;
            case DOCX -> DocumentFormat.DOCX;
            default -> throw new UnsupportedDocumentException("'" + shorten(type) + "' is not a supported type; send "
                    + "text/plain, text/html, application/pdf or " + DOCX + " (or application/octet-stream)", true);
        };
    }

    static String mediaType(DocumentFormat format, boolean utf8) {
        return switch (format) {
            case TEXT -> "text/plain; charset=" + (utf8 ? "UTF-8" : "GB18030");
            case HTML -> "text/html";
            case PDF -> "application/pdf";
            case DOCX -> DOCX;
        };
    }

    static String shorten(String s) {
        return s.length() > 100 ? s.substring(0, 100) + "…" : s;
    }
}
