package org.disclosurepipeline.aggregation.service;

import java.time.Instant;
import java.util.UUID;

/**
 * Which of two submissions of an agency and year counts: the one received later; on a tie the one whose id is
 * larger as text, the same order the rebuild's SQL uses ({@code received_at desc, submission_id::text desc}).
 */
final class FactOrder {

    private FactOrder() {
    }

    static boolean isNewer(Instant receivedAt, UUID id, Instant otherReceivedAt, UUID otherId) {
        int byTime = receivedAt.compareTo(otherReceivedAt);
        return byTime != 0 ? byTime > 0 : id.toString().compareTo(otherId.toString()) > 0;
    }
}
