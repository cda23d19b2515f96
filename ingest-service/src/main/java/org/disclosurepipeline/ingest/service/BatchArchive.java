package org.disclosurepipeline.ingest.service;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The ZIP of a batch, streamed from disk. Only listed entries are kept, each read with a limit that counts the
 * inflated bytes (a bomb entry stops at the limit, whatever its header claims).
 */
public record BatchArchive(Path file) {

    /** Receives one listed entry: its bytes, or the reason it cannot be used. */
    public interface EntryHandler {
        void accept(String name, byte[] bytes, String problem);
    }

    /** Thrown when the archive itself cannot be read. */
    public static class DamagedArchiveException extends RuntimeException {
        public DamagedArchiveException(String reason) {
            super(reason);
        }
    }

    public void forEachEntry(Set<String> wanted, long maxBytes, EntryHandler handler) {
        Set<String> remaining = new java.util.HashSet<>(wanted);
        try (InputStream raw = Files.newInputStream(file); ZipInputStream zip = new ZipInputStream(raw)) {
            int entries = 0;
            for (ZipEntry e = zip.getNextEntry(); e != null && !remaining.isEmpty(); e = zip.getNextEntry()) {
                entries++;
                String name = match(e.getName(), remaining);
                if (e.isDirectory() || name == null) {
                    continue;
                }
                remaining.remove(name);
                byte[] bytes = zip.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
                if (bytes.length > maxBytes) {
                    handler.accept(name, null, "larger than " + maxBytes + " bytes once uncompressed");
                } else {
                    handler.accept(name, bytes, null);
                }
            }
            if (entries == 0) {
                throw new DamagedArchiveException("the archive is not a ZIP or holds no files");
            }
        } catch (IOException | IllegalArgumentException e) {
            // the upload is already on local disk: what cannot be read is the archive itself (cut short, damaged)
            throw new DamagedArchiveException("the archive is not a readable ZIP: " + e.getMessage());
        }
    }

    /** The manifest may name a file with or without the folders it sits in inside the ZIP. */
    private static String match(String entryName, Set<String> wanted) {
        if (wanted.contains(entryName)) {
            return entryName;
        }
        String base = entryName.substring(entryName.lastIndexOf('/') + 1);
        return wanted.contains(base) ? base : null;
    }
}
