package org.disclosurepipeline.aggregation.service;

/** Events per second over a sliding window of whole seconds, in a ring of per-second buckets. */
final class EventRate {

    private final long[] seconds;
    private final long[] counts;
    private long total;

    EventRate(int windowSeconds) {
        seconds = new long[windowSeconds];
        counts = new long[windowSeconds];
    }

    synchronized void record(long epochMillis) {
        long second = epochMillis / 1000;
        int slot = (int) (second % seconds.length);
        if (seconds[slot] != second) {
            seconds[slot] = second;
            counts[slot] = 0;
        }
        counts[slot]++;
        total++;
    }

    /** Average over the window ending now. */
    synchronized double perSecond(long epochMillis) {
        long now = epochMillis / 1000;
        long sum = 0;
        for (int i = 0; i < seconds.length; i++) {
            if (now - seconds[i] < seconds.length) {
                sum += counts[i];
            }
        }
        return (double) sum / seconds.length;
    }

    synchronized long total() {
        return total;
    }
}
