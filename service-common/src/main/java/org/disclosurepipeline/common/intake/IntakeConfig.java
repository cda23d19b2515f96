package org.disclosurepipeline.common.intake;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.List;
import java.util.Optional;

/**
 * The guards of every endpoint that takes a report ({@code intake.*}): ingest's uploads and validation's dry run
 * judge the same input the same way.
 */
@ConfigMapping(prefix = "intake")
public interface IntakeConfig {

    /** Largest accepted report in bytes; larger ones get 413. */
    @WithDefault("20971520")
    long maxReportBytes();

    /**
     * Largest text (UTF-8 bytes) read from one report: its {@code reports.raw} event must stay under the broker's
     * and the clients' 1 MB record limit. Real reports hold 10–60 KB of text; larger ones get 413.
     */
    @WithDefault("900000")
    long maxTextBytes();

    /** Earliest report year accepted (the 条例 took effect in 2008). The latest is the current year. */
    @WithDefault("2008")
    int earliestYear();

    /** Paths that take one report as their body: a declared Content-Length over the limit is refused unread. */
    Optional<List<String>> reportPaths();

    Documents documents();

    /** Guards for reading documents that are archives inside (Word). */
    interface Documents {
        /** Most bytes a Word document may expand to; more is treated as a decompression bomb. */
        @WithDefault("67108864")
        long maxExpandedBytes();

        /** Most entries a Word document may hold. */
        @WithDefault("2000")
        int maxEntries();
    }
}
