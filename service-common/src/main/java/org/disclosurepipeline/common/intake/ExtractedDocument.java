package org.disclosurepipeline.common.intake;

import org.disclosurepipeline.core.document.DocumentFormat;

/**
 * A document as read: its format, the media type to serve the original with, and the text for the parser.
 */
public record ExtractedDocument(DocumentFormat format, String mediaType, String text) {
}
