package org.disclosurepipeline.common.intake;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.disclosurepipeline.core.document.DocumentFormat;
import org.disclosurepipeline.core.document.DocumentReader;
import org.disclosurepipeline.core.document.TextDecoder;
import org.disclosurepipeline.core.document.UnreadableDocumentException;

/**
 * Reads an uploaded document into the text the parser reads best, for ingest's uploads and validation's dry run
 * alike. The format comes from the bytes; a declared type must agree with them. Hostile documents (bombs, damaged
 * files, binary noise) end as a refusal, never as an error of the service.
 */
@ApplicationScoped
public class DocumentIntake {

    @Inject
    IntakeConfig config;

    /** The format of the bytes, checked against the declared type: cheap, so it runs before anything else. */
    public DocumentFormat format(byte[] bytes, String declaredType) {
        DocumentFormat promised = DeclaredType.promised(declaredType);
        MagicNumbers.refuseKnownUnsupported(bytes);
        DocumentFormat format = DocumentFormat.detect(bytes);
        if (promised == DocumentFormat.HTML && format == DocumentFormat.TEXT) {
            return DocumentFormat.HTML; // a page without <html> or <table> is still a page
        }
        if (promised != null && promised != format) {
            throw new UnsupportedDocumentException("declared " + DeclaredType.shorten(declaredType)
                    + " but the content is " + format.code(), true);
        }
        return format;
    }

    public ExtractedDocument read(byte[] bytes, String declaredType) {
        return read(bytes, format(bytes, declaredType));
    }

    public ExtractedDocument read(byte[] bytes, DocumentFormat format) {
        if (format == DocumentFormat.DOCX) {
            ZipGuard.check(bytes, config.documents().maxExpandedBytes(), config.documents().maxEntries());
        }
        String text;
        try {
            text = DocumentReader.read(bytes, format);
        } catch (UnreadableDocumentException e) {
            throw new UnreadableReportException(e.getMessage());
        } catch (RuntimeException | StackOverflowError e) {
            throw new UnreadableReportException("not a readable " + format.code() + " document ("
                    + e.getClass().getSimpleName() + ")");
        }
        TextSanity.check(text);
        long textBytes = utf8Length(text);
        if (textBytes > config.maxTextBytes()) {
            throw new TextTooLargeException(textBytes, config.maxTextBytes());
        }
        boolean utf8 = format != DocumentFormat.TEXT || TextDecoder.isUtf8(bytes);
        return new ExtractedDocument(format, DeclaredType.mediaType(format, utf8), text);
    }

    private static long utf8Length(String text) {
        long bytes = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                bytes += 1;
            } else if (c < 0x800) {
                bytes += 2;
            } else if (Character.isHighSurrogate(c)) {
                bytes += 4;
                i++;
            } else {
                bytes += 3;
            }
        }
        return bytes;
    }

    /** The media type to keep an original under before it is read: from its bytes alone. */
    public static String mediaTypeOf(byte[] bytes) {
        DocumentFormat format = DocumentFormat.detect(bytes);
        return DeclaredType.mediaType(format, format != DocumentFormat.TEXT || TextDecoder.isUtf8(bytes));
    }
}
