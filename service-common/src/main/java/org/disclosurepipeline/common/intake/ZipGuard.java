package org.disclosurepipeline.common.intake;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Walks a ZIP (a Word file is one) counting the bytes it really expands to, before anything keeps them in
 * memory: entry headers can lie about sizes, the inflated stream cannot.
 */
final class ZipGuard {

    private ZipGuard() {
    }

    static void check(byte[] zip, long maxExpandedBytes, int maxEntries) {
        long total = 0;
        int entries = 0;
        byte[] buffer = new byte[64 * 1024];
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                if (++entries > maxEntries) {
                    throw new UnreadableReportException("the Word document holds more than " + maxEntries
                            + " parts");
                }
                for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
                    total += n;
                    if (total > maxExpandedBytes) {
                        throw new UnreadableReportException("the Word document expands beyond "
                                + maxExpandedBytes / (1024 * 1024) + " MB (a decompression bomb?)");
                    }
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            throw new UnreadableReportException("not a readable Word (.docx) document: damaged archive ("
                    + e.getMessage() + ")");
        }
        if (entries == 0) {
            throw new UnreadableReportException("not a readable Word (.docx) document: the archive is empty");
        }
    }
}
