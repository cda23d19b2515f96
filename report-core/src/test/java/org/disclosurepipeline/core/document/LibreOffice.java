package org.disclosurepipeline.core.document;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * LibreOffice headless ({@code soffice}, Debian's libreoffice-writer-nogui) converting Word documents to PDF, as
 * offices export their reports. Runs with a profile of its own, so that it neither waits for nor disturbs another
 * LibreOffice on the machine.
 */
final class LibreOffice {

    /** Documents per soffice run: one long run has been seen to stop converting after a few hundred. */
    private static final int BATCH = 50;

    private final Path soffice;
    private final Path profile;

    private LibreOffice(Path soffice, Path profile) {
        this.soffice = soffice;
        this.profile = profile;
    }

    /** LibreOffice on the PATH, or null when it is not installed. */
    static LibreOffice find(Path profile) {
        String path = System.getenv("PATH");
        for (String dir : path == null ? new String[0] : path.split(File.pathSeparator)) {
            Path candidate = Path.of(dir, "soffice");
            if (Files.isExecutable(candidate)) {
                return new LibreOffice(candidate, profile);
            }
        }
        return null;
    }

    /** Converts each document to a PDF of the same name in {@code out}; fails naming the documents it could not. */
    void toPdf(List<Path> documents, Path out) throws IOException, InterruptedException {
        for (int i = 0; i < documents.size(); i += BATCH) {
            run(documents.subList(i, Math.min(documents.size(), i + BATCH)), out);
        }
        List<Path> missing = missing(documents, out);
        for (Path document : missing) {
            run(List.of(document), out); // once more on its own
        }
        missing = missing(documents, out);
        if (!missing.isEmpty()) {
            throw new IOException("LibreOffice did not convert " + missing.size() + " document(s), e.g. "
                    + missing.get(0) + "; see " + out.resolve("soffice.log"));
        }
    }

    private void run(List<Path> documents, Path out) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(soffice.toString(),
                "-env:UserInstallation=" + profile.toUri(), "--headless", "--convert-to", "pdf",
                "--outdir", out.toString()));
        documents.forEach(d -> command.add(d.toString()));
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(out.resolve("soffice.log").toFile())).start();
        if (!process.waitFor(10, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IOException("LibreOffice took more than 10 minutes for " + documents.size() + " documents");
        }
    }

    static Path pdfOf(Path document, Path out) {
        String name = document.getFileName().toString();
        return out.resolve(name.substring(0, name.lastIndexOf('.')) + ".pdf");
    }

    private static List<Path> missing(List<Path> documents, Path out) {
        return documents.stream().filter(d -> !Files.isRegularFile(pdfOf(d, out))).toList();
    }
}
