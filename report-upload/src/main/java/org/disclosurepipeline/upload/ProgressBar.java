package org.disclosurepipeline.upload;

import java.io.PrintStream;

/** A one-line progress bar redrawn in place: {@code [#######.......]  12/40  erli.docx}. */
final class ProgressBar {

    private static final int WIDTH = 30;
    private final PrintStream out;
    private final int total;

    ProgressBar(PrintStream out, int total) {
        this.out = out;
        this.total = total;
    }

    void show(int done, String current) {
        int filled = total == 0 ? WIDTH : done * WIDTH / total;
        String name = current.length() > 40 ? "…" + current.substring(current.length() - 39) : current;
        out.print("\r[" + "#".repeat(filled) + ".".repeat(WIDTH - filled) + "] " + done + "/" + total + "  "
                + name + " ".repeat(Math.max(0, 41 - name.length())));
        out.flush();
    }

    void finish() {
        show(total, "");
        out.println();
    }
}
