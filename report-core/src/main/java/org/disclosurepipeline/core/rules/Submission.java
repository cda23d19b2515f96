package org.disclosurepipeline.core.rules;

import java.time.Instant;

/**
 * What the report was submitted as: the agency (9-digit code and registered name) and the year it was submitted
 * for, and when it was received. Any part may be null when the caller does not know it (the CLI without options).
 */
public record Submission(String agencyCode, String agencyName, Integer year, Instant receivedAt) {

    public static Submission unknown() {
        return new Submission(null, null, null, null);
    }
}
