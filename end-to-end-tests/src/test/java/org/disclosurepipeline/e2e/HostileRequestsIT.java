package org.disclosurepipeline.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.Map;
import org.disclosurepipeline.localstack.fuzz.Fuzzer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The short version of {@code scripts/fuzz.sh}: the regression cases and a few hundred seeded hostile requests
 * against the packaged services. No 5xx, no dropped connection, every refusal a problem naming the field and the
 * reason, every service ready afterwards. {@code -Dfuzz.requests=N -Dfuzz.seed=S} for more or other requests.
 */
class HostileRequestsIT {

    static PipelineFixture fixture;

    @BeforeAll
    static void start() {
        fixture = PipelineFixture.start();
    }

    @AfterAll
    static void stop() {
        if (fixture != null) {
            fixture.close();
        }
    }

    @Test
    void hostileRequestsGetProblemsNeverErrors() {
        int requests = Integer.getInteger("fuzz.requests", 500);
        long seed = Long.getLong("fuzz.seed", 13);
        Fuzzer.FuzzReport report = new Fuzzer(Map.of(
                "ingest", URI.create(fixture.ingest()),
                "validation", URI.create(fixture.pipeline.validation().baseUrl()),
                "aggregation", URI.create(fixture.aggregation())), fixture.pipeline.tokens()).run(seed, requests, null);
        System.out.print(report.summary());
        assertThat(report.failures()).isEmpty();
        assertThat(report.serverErrors()).isZero();
        assertThat(report.dropped()).isZero();
        assertThat(report.passed()).as("every service ready afterwards").isTrue();
    }
}
