package org.disclosurepipeline.common.retry;

import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.function.Supplier;

/**
 * Runs an action until it succeeds, waiting a doubling delay (up to a ceiling) between attempts. For the consumers'
 * batches: a database or broker outage of any length must delay a readable record, never dead-letter it (the
 * dead-letter topics take only records that can never be read). Stops only when the service shuts down; the records
 * then stay unacknowledged and are delivered again after the restart.
 */
public final class Persistently {

    /** The service is shutting down while the action still fails. */
    public static final class Stopped extends RuntimeException {
        Stopped(String what, RuntimeException last) {
            super(what + ": stopped retrying at shutdown", last);
        }
    }

    private static final System.Logger LOG = System.getLogger(Persistently.class.getName());

    private final Duration first;
    private final Duration longest;
    private final Object wakeUp = new Object();
    private volatile boolean stopped;

    public Persistently(Duration first, Duration longest) {
        this.first = first;
        this.longest = longest;
    }

    /** 200 ms, then doubling up to 30 s between attempts. */
    public static Persistently withDefaultBackoff() {
        return new Persistently(Duration.ofMillis(200), Duration.ofSeconds(30));
    }

    public void run(String what, Runnable action) {
        call(what, () -> {
            action.run();
            return null;
        });
    }

    public <T> T call(String what, Supplier<T> action) {
        long delay = first.toMillis();
        for (int attempt = 1; ; attempt++) {
            try {
                T result = action.get();
                if (attempt > 1) {
                    LOG.log(Level.INFO, what + ": succeeded at attempt " + attempt);
                }
                return result;
            } catch (RuntimeException e) {
                if (stopped || Thread.currentThread().isInterrupted()) {
                    throw new Stopped(what, e);
                }
                // the first failure and then every doubling of the attempts: a long outage does not flood the log
                if ((attempt & (attempt - 1)) == 0) {
                    LOG.log(Level.WARNING, what + ": attempt " + attempt + " failed (" + e + "); retrying in "
                            + delay + " ms, for as long as it takes");
                }
                pause(delay);
                delay = Math.min(delay * 2, longest.toMillis());
            }
        }
    }

    /** Ends the retries in progress (at shutdown): they throw {@link Stopped} instead of trying again. */
    public void stop() {
        stopped = true;
        synchronized (wakeUp) {
            wakeUp.notifyAll();
        }
    }

    private void pause(long millis) {
        synchronized (wakeUp) {
            try {
                if (!stopped) {
                    wakeUp.wait(millis);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
