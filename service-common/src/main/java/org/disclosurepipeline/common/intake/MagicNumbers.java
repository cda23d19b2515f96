package org.disclosurepipeline.common.intake;

/** Formats people upload by mistake, recognised by their first bytes so that the answer can say what to do. */
final class MagicNumbers {

    private MagicNumbers() {
    }

    static void refuseKnownUnsupported(byte[] b) {
        if (starts(b, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1)) {
            throw new UnsupportedDocumentException("an old Word/Excel (.doc/.xls) file: save the report as .docx, "
                    + "PDF or text", false);
        }
        if (starts(b, 0x89, 'P', 'N', 'G') || starts(b, 0xFF, 0xD8, 0xFF) || starts(b, 'G', 'I', 'F', '8')) {
            throw new UnsupportedDocumentException("an image: upload the report as text, Word, HTML or a text PDF", false);
        }
    }

    private static boolean starts(byte[] b, int... prefix) {
        if (b.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((b[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
