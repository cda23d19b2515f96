package org.disclosurepipeline.aggregation.model;

import java.util.List;
import java.util.UUID;

/**
 * A rule whose errors rejected current reports in a region, with the reports it rejected.
 *
 * @param rule    the rule id, e.g. R-T3-BALANCE
 * @param reports how many current reports it rejected
 * @param example the message of one of them
 * @param exampleZh the same in Chinese
 * @param agencies the rejected reports (agency and submission)
 */
public record RejectionReason(String rule, int reports, String example, String exampleZh, List<Report> agencies) {

    /** One rejected report. */
    public record Report(String agencyCode, String agencyName, UUID submissionId) {
    }
}
