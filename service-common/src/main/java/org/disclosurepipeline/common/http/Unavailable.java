package org.disclosurepipeline.common.http;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.HashSet;
import java.util.Set;

/**
 * Failures that mean "not now" rather than "never": the database cannot be reached. They are answered 503 with
 * Retry-After, so that a client (report-upload) tries again instead of giving up.
 */
public final class Unavailable {

    /** Seconds a client should wait before trying again. */
    public static final int RETRY_AFTER_SECONDS = 5;

    private Unavailable() {
    }

    /** Whether the failure, or anything that caused it, says the database is unreachable. */
    public static boolean isDatabaseDown(Throwable failure) {
        Set<Throwable> seen = new HashSet<>();
        for (Throwable t = failure; t != null && seen.add(t); t = t.getCause()) {
            if (t instanceof ConnectException || t instanceof SQLTransientConnectionException) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null
                    // 08: connection exceptions; 57P01-57P03: the server is shutting down or starting up
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P0"))) {
                return true;
            }
            String message = String.valueOf(t.getMessage());
            if (t instanceof SQLException && message.contains("acquisition timeout")) {
                return true; // the pool found no connection in time: the database is down or overwhelmed
            }
        }
        return false;
    }

    public static Problem problem() {
        return Problem.of(503, "Service unavailable", "the database cannot be reached just now; nothing was "
                + "stored; try again in " + RETRY_AFTER_SECONDS + " s");
    }
}
