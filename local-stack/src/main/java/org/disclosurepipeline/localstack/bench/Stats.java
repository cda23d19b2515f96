package org.disclosurepipeline.localstack.bench;

import java.util.Arrays;
import java.util.Collection;

/** Percentiles of latencies in milliseconds (nearest rank). */
final class Stats {

    private final long[] sorted;

    Stats(Collection<Long> millis) {
        sorted = millis.stream().mapToLong(Long::longValue).sorted().toArray();
    }

    int count() {
        return sorted.length;
    }

    /** The p-th percentile (0 < p ≤ 100) in seconds; NaN when there is nothing. */
    double seconds(double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(p / 100 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))] / 1000.0;
    }

    String describe() {
        return sorted.length == 0 ? "n/a" : String.format("p50 %.2f s  p95 %.2f s  p99 %.2f s  max %.2f s  (%d)",
                seconds(50), seconds(95), seconds(99), seconds(100), sorted.length);
    }

    @Override
    public String toString() {
        return Arrays.toString(sorted);
    }
}
