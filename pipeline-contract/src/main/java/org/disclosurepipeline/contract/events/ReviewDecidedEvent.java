package org.disclosurepipeline.contract.events;

import java.time.Instant;
import java.util.UUID;

/**
 * Value of {@code reviews.decided}: a reviewer confirmed a finding (it must be fixed) or dismissed it with a reason.
 *
 * @param reviewId     the decision's id (also the CloudEvents id)
 * @param submissionId the reviewed submission
 * @param agencyCode   its agency (9-digit township code)
 * @param year         report year
 * @param finding      the finding's index in the submission's findings (0 is the first)
 * @param rule         the finding's rule, e.g. R-TXT-APPLICATIONS
 * @param decision     CONFIRMED or DISMISSED
 * @param reason       why (required to dismiss)
 * @param decidedBy    the token subject of the reviewer
 * @param decidedAt    when
 * @param verdictAfter the report's verdict once its dismissed findings no longer count: VALIDATED or REJECTED
 * @param carriedFrom  for a decision carried over to a correction of the reviewed submission: the submission it was
 *                     taken on (who, when and why are the original's); null for a reviewer's own decision
 */
public record ReviewDecidedEvent(
        UUID reviewId,
        UUID submissionId,
        String agencyCode,
        int year,
        int finding,
        String rule,
        String decision,
        String reason,
        String decidedBy,
        Instant decidedAt,
        String verdictAfter,
        UUID carriedFrom) {

    public static final String CONFIRMED = "CONFIRMED";
    public static final String DISMISSED = "DISMISSED";

    /** A reviewer's own decision: not carried. */
    public ReviewDecidedEvent(UUID reviewId, UUID submissionId, String agencyCode, int year, int finding, String rule,
            String decision, String reason, String decidedBy, Instant decidedAt, String verdictAfter) {
        this(reviewId, submissionId, agencyCode, year, finding, rule, decision, reason, decidedBy, decidedAt,
                verdictAfter, null);
    }
}
