package org.disclosurepipeline.ingest.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Map;

/** Settings of ingest-service ({@code ingest.*}); the limits of a report are shared with the dry run ({@code intake.*}). */
@ConfigMapping(prefix = "ingest")
public interface IngestConfig {

    /** Base URL under which clients reach this service, for the status links in answers. */
    String publicUrl();

    Batch batch();

    Outbox outbox();

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
