package org.disclosurepipeline.aggregation.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.time.MonthDay;
import java.time.ZoneId;
import java.util.Optional;

/** Typed settings of aggregation-service ({@code aggregation.*} in application.properties). */
@ConfigMapping(prefix = "aggregation")
public interface AggregationConfig {

    Deadline deadline();

    Regions regions();

    Pipeline pipeline();

    Rebuild rebuild();

    Exports exports();

    Dashboard dashboard();

    /** When a report for year N counts as on time. */
    interface Deadline {
        /** Day of year N+1 by whose end (local time) reports are due; 条例 第四十九条: 31 January. */
        @WithDefault("--01-31")
        MonthDay monthDay();

        @WithDefault("Asia/Shanghai")
        ZoneId zone();
    }

    interface Regions {
        /** Fill the region table from the bundled registry at startup when its checksum changed. */
        @WithDefault("true")
        boolean loadAtStartup();
    }

    /** The pipeline-health figures of the dashboard and of /q/metrics. */
    interface Pipeline {
        /** How often consumer lag and dead-letter counts are read from the broker. */
        @WithDefault("5s")
        Duration refresh();

        /** The consumer group whose lag is reported. */
        @WithDefault("aggregation-service")
        String consumerGroup();
    }

    /** The admin rebuild of a year's rollups (RollupRebuilder). */
    interface Rebuild {
        /**
         * Seconds one rebuild may take before it is rolled back. A 100,000-report year takes about 15 s on two
         * idle cores, far more on a busy machine: the transaction manager's default of 60 s cancelled it there.
         * Read by {@code @TransactionConfiguration(timeoutFromConfigProperty)} as an integer.
         */
        @WithDefault("900")
        int transactionTimeout();
    }

    /** Problem lists, missing agencies and check sheets (docs/review-and-approval.md "Exports"). */
    interface Exports {
        /**
         * A TrueType font with Chinese glyphs for check sheets: a .ttf/.otf file, or a .ttc collection with the index
         * of its font ({@code /usr/share/fonts/…/NotoSansCJK-Regular.ttc,2}). Unset: the bundled WenQuanYi Micro Hei.
         */
        Optional<String> pdfFont();

        /** Reports read from the database per round while a problem list streams out. */
        @WithDefault("200")
        int reportsPerRound();
    }

    /** What the dashboard page needs to know about the other services. */
    interface Dashboard {
        /**
         * ingest-service's base URL as the browser reaches it: the original documents and corrections live there
         * (ingest must allow the dashboard's origin: {@code quarkus.http.cors.origins}).
         */
        @WithDefault("http://localhost:8081")
        String ingestUrl();
    }
}
