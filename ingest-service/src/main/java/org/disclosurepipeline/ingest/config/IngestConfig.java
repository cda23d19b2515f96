package org.disclosurepipeline.ingest.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Map;

/** Settings of ingest-service ({@code ingest.*} in application.properties). */
@ConfigMapping(prefix = "ingest")
public interface IngestConfig {

    /** Largest accepted report in bytes; larger uploads get 413. */
    @WithDefault("20971520")
    long maxReportBytes();

    /** Earliest report year accepted (the 条例 took effect in 2008). The latest is the current year. */
    @WithDefault("2008")
    int earliestYear();

    /** Base URL under which clients reach this service, for the status links in answers. */
    String publicUrl();

    Documents documents();

    Batch batch();

    Outbox outbox();

    /** Guards for reading documents that are archives inside (Word). */
    interface Documents {
        /** Most bytes a Word document may expand to; more is treated as a decompression bomb. */
        @WithDefault("67108864")
        long maxExpandedBytes();

        /** Most entries a Word document may hold. */
        @WithDefault("2000")
        int maxEntries();
    }

    interface Batch {
        /** Largest accepted batch archive (ZIP) in bytes. */
        @WithDefault("268435456")
        long maxArchiveBytes();

        /** Most reports one batch may list. */
        @WithDefault("2000")
        int maxFiles();
    }

    interface Outbox {
        /** Events published per relay round. */
        @WithDefault("200")
        int batchSize();

        /** Kafka producer properties for the relay, with dashes for dots: acks, enable-idempotence, … */
        Map<String, String> producer();
    }
}
