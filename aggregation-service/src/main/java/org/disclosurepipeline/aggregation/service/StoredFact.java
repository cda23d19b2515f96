package org.disclosurepipeline.aggregation.service;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.disclosurepipeline.contract.events.RegionCode;

/**
 * A submission's verdict as the batch path sees it: enough to order submissions, to tell a redelivery from a newer
 * rules version, and to take its figures out of the rollups again.
 *
 * @param figures the filled cells (only what a validated report adds to the rollups)
 */
record StoredFact(UUID submissionId, String agencyCode, int year, Instant receivedAt, String verdict,
        String rulesVersion, boolean current, Map<String, BigDecimal> figures) {

    boolean validated() {
        return "VALIDATED".equals(verdict);
    }

    String county() {
        return RegionCode.county(agencyCode);
    }

    String agencyYear() {
        return agencyCode + "/" + year;
    }

    boolean isNewerThan(StoredFact other) {
        return FactOrder.isNewer(receivedAt, submissionId, other.receivedAt, other.submissionId);
    }

    StoredFact withCurrent(boolean flag) {
        return new StoredFact(submissionId, agencyCode, year, receivedAt, verdict, rulesVersion, flag, figures);
    }
}
