package org.disclosurepipeline.common.intake;

/**
 * Binary data can decode as text (zeros are valid UTF-8): text with many control characters is refused rather than
 * handed to the parser.
 */
final class TextSanity {

    private TextSanity() {
    }

    static void check(String text) {
        if (text.isBlank()) {
            throw new UnreadableReportException("the document holds no text");
        }
        long control = text.chars().filter(c -> (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f')
                || c == 0xFFFD).count();
        if (control * 100 > text.length()) {
            throw new UnreadableReportException("the content looks like binary data, not text (" + control
                    + " control characters)");
        }
    }
}
