package org.disclosurepipeline.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.disclosurepipeline.localstack.chaos.ChaosRun;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The short version of {@code scripts/chaos.sh}: a few hundred uploads while each service is killed with kill -9
 * and restarted, the broker restarted and PostgreSQL (durable) killed with kill -9 and restarted. Every 202 ends in
 * exactly one verdict, counted once, nothing dead-lettered, and a rebuild repairs nothing.
 * {@code -Dchaos.uploads=N} for more.
 */
class ChaosIT {

    static PipelineFixture fixture;

    @BeforeAll
    static void start() {
        fixture = PipelineFixture.start(1, true);
    }

    @AfterAll
    static void stop() {
        if (fixture != null) {
            fixture.close();
        }
    }

    @Test
    void nothingAcceptedIsLostOrCountedTwiceWhateverIsKilled() throws Exception {
        int uploads = Integer.getInteger("chaos.uploads", 240);
        ChaosRun.Report report = ChaosRun.run(fixture.infrastructure, fixture.pipeline, new ChaosRun.Settings(
                uploads, 3, 12, 13, Duration.ofSeconds(3), 1, Duration.ofMinutes(4)), System.out);
        ChaosRun.print(report, System.out);
        assertThat(report.notAccepted()).as("uploads never accepted").isZero();
        assertThat(report.total().accepted()).isEqualTo(uploads);
        assertThat(report.total().lost()).as("lost").isZero();
        assertThat(report.total().twice()).as("counted twice").isZero();
        assertThat(report.total().stuck()).as("stuck").isZero();
        assertThat(report.total().deadLettered()).as("dead-lettered").isZero();
        assertThat(report.total().verdicts()).isEqualTo(uploads);
        assertThat(report.rebuildChanged()).as("rollups a rebuild repaired").isZero();
        assertThat(report.clean()).as("stores agree").isTrue();
    }
}
