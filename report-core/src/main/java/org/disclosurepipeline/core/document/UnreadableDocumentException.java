package org.disclosurepipeline.core.document;

/** A document that cannot be read as the format it claims (truncated, malformed, encrypted, a bomb…). */
public class UnreadableDocumentException extends Exception {

    public UnreadableDocumentException(String message) {
        super(message);
    }

    public UnreadableDocumentException(String message, Throwable cause) {
        super(message, cause);
    }
}
