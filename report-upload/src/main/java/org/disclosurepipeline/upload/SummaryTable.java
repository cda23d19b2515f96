package org.disclosurepipeline.upload;

import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The results as an aligned table, then a count per outcome. */
final class SummaryTable {

    private SummaryTable() {
    }

    static void print(PrintStream out, List<UploadResult> results) {
        int fileWidth = Math.max(4, results.stream().mapToInt(r -> r.entry().file().length()).max().orElse(4));
        String format = "%-" + fileWidth + "s  %-9s  %-4s  %-11s  %s%n";
        out.printf(format, "file", "agency", "year", "outcome", "submission / reason");
        out.println("-".repeat(fileWidth + 70));
        Map<String, Integer> counts = new TreeMap<>();
        for (UploadResult r : results) {
            out.printf(format, r.entry().file(), r.entry().agency(), r.entry().year(), r.outcome(),
                    r.submissionId() != null ? r.submissionId() : r.detail());
            counts.merge(r.outcome(), 1, Integer::sum);
        }
        out.println();
        StringBuilder line = new StringBuilder(results.size() + " files:");
        counts.forEach((outcome, n) -> line.append(' ').append(outcome).append(' ').append(n).append(','));
        out.println(line.substring(0, line.length() - 1));
    }
}
