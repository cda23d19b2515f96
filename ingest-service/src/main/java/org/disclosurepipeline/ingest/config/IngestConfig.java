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

    Outbox outbox();

    interface Outbox {
        /** Events published per relay round. */
        @WithDefault("200")
        int batchSize();

        /** Kafka producer properties for the relay, with dashes for dots: acks, enable-idempotence, … */
        Map<String, String> producer();
    }
}
