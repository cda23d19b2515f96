package org.disclosurepipeline.common.retry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class PersistentlyTest {

    @Test
    void retriesFarMoreThanFiveTimesUntilTheActionSucceeds() {
        AtomicInteger attempts = new AtomicInteger();
        String result = new Persistently(Duration.ofMillis(1), Duration.ofMillis(4)).call("flaky", () -> {
            if (attempts.incrementAndGet() < 30) {
                throw new IllegalStateException("database down");
            }
            return "stored";
        });
        assertThat(result).isEqualTo("stored");
        assertThat(attempts).hasValue(30);
    }

    @Test
    void theDelayDoublesUpToItsCeiling() {
        AtomicInteger attempts = new AtomicInteger();
        long start = System.nanoTime();
        new Persistently(Duration.ofMillis(10), Duration.ofMillis(40)).run("slow", () -> {
            if (attempts.incrementAndGet() < 6) {
                throw new IllegalStateException("down");
            }
        });
        // 10 + 20 + 40 + 40 + 40 ms between the six attempts
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(150));
    }

    @Test
    void stopEndsARetryInProgress() throws Exception {
        Persistently persistently = new Persistently(Duration.ofSeconds(10), Duration.ofSeconds(10));
        CompletableFuture<Object> running = CompletableFuture.supplyAsync(() -> persistently.call("never",
                () -> {
                    throw new IllegalStateException("down for good");
                }));
        Thread.sleep(100);
        persistently.stop();
        assertThatThrownBy(() -> running.get(2, TimeUnit.SECONDS))
                .hasCauseInstanceOf(Persistently.Stopped.class)
                .hasRootCauseMessage("down for good");
    }
}
