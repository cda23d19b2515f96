package org.disclosurepipeline.contract.events;

import java.util.List;

/**
 * The Kafka topics of the pipeline. Report records are keyed by the 6-digit county code of their agency, rollups and
 * approvals by their region code.
 */
public final class Topics {

    /** Reports as received by ingest-service, with their extracted text. */
    public static final String RAW = "reports.raw";
    /** Reports that passed the rule catalogue: the structured report with its warnings and infos. */
    public static final String VALIDATED = "reports.validated";
    /** Reports with at least one error finding, with the findings and the partial report. */
    public static final String REJECTED = "reports.rejected";
    /** A region's rollup after a change, for subscribers and live dashboards. */
    public static final String ROLLUPS_CHANGED = "rollups.changed";

    /** Records validation-service could not read at all (reason in headers). */
    public static final String RAW_DEAD_LETTER = "reports.raw.dlq";
    /** Records aggregation-service could not read at all (reason in headers). */
    public static final String OUTCOMES_DEAD_LETTER = "reports.outcomes.dlq";
    /** Outcome records ingest-service could not read at all (reason in headers). */
    public static final String INGEST_STATUS_DEAD_LETTER = "reports.status.dlq";

    /** A reviewer's decision on one finding (confirmed or dismissed), keyed by the county code of the agency. */
    public static final String REVIEWS_DECIDED = "reviews.decided";
    /** A region's report or reports for a year approved or returned for correction, keyed by the region code. */
    public static final String APPROVALS_CHANGED = "approvals.changed";
    /** Decision records a consumer could not read at all (reason in headers). */
    public static final String DECISIONS_DEAD_LETTER = "decisions.dlq";

    public static final List<String> ALL = List.of(RAW, VALIDATED, REJECTED, ROLLUPS_CHANGED, RAW_DEAD_LETTER,
            OUTCOMES_DEAD_LETTER, INGEST_STATUS_DEAD_LETTER, REVIEWS_DECIDED, APPROVALS_CHANGED,
            DECISIONS_DEAD_LETTER);

    private Topics() {
    }
}
