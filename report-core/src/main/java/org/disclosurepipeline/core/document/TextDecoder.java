package org.disclosurepipeline.core.document;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Decodes text files: UTF-8 when the bytes are valid UTF-8, else GB18030 (a superset of GBK and GB2312). */
public final class TextDecoder {

    private static final Charset GB18030 = Charset.forName("GB18030");
    private static final Pattern META_CHARSET = Pattern.compile("charset\\s*=\\s*[\"']?([\\w-]+)");

    private TextDecoder() {
    }

    public static String decode(byte[] bytes) throws UnreadableDocumentException {
        try {
            return strict(bytes, StandardCharsets.UTF_8);
        } catch (CharacterCodingException notUtf8) {
            try {
                return strict(bytes, GB18030);
            } catch (CharacterCodingException notGb) {
                throw new UnreadableDocumentException("the text is neither UTF-8 nor GB18030/GBK");
            }
        }
    }

    /** HTML: the charset its meta tag declares, else as text. */
    static String decodeHtml(byte[] bytes) throws UnreadableDocumentException {
        String head = new String(bytes, 0, Math.min(bytes.length, 2048), StandardCharsets.ISO_8859_1)
                .toLowerCase(Locale.ROOT);
        Matcher m = META_CHARSET.matcher(head);
        if (m.find() && !m.group(1).startsWith("utf")) {
            try {
                return new String(bytes, Charset.forName(m.group(1)));
            } catch (IllegalArgumentException unknownCharset) {
                // fall through to detection
            }
        }
        return decode(bytes);
    }

    /** True when the bytes are valid UTF-8 (else {@link #decode} reads them as GB18030). */
    public static boolean isUtf8(byte[] bytes) {
        try {
            strict(bytes, StandardCharsets.UTF_8);
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static String strict(byte[] bytes, Charset charset) throws CharacterCodingException {
        return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
    }
}
