package org.disclosurepipeline.ingest.service;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * The text of a plain-text report. Many government files are not UTF-8: bytes that are not valid UTF-8 are read
 * as GB18030 (a superset of GBK and GB2312), which is what Chinese Windows writes.
 */
final class ReportText {

    private static final Charset GB18030 = Charset.forName("GB18030");

    private ReportText() {
    }

    static String decode(byte[] bytes) {
        try {
            return strict(StandardCharsets.UTF_8).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException notUtf8) {
            try {
                return strict(GB18030).decode(ByteBuffer.wrap(bytes)).toString();
            } catch (CharacterCodingException notGb) {
                throw new UnreadableReportException("the text is neither UTF-8 nor GB18030/GBK");
            }
        }
    }

    private static java.nio.charset.CharsetDecoder strict(Charset charset) {
        return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }
}
