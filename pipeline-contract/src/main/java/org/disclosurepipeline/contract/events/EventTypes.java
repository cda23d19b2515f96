package org.disclosurepipeline.contract.events;

/**
 * CloudEvents {@code type} values. The version suffix changes when a value's schema changes incompatibly, so that
 * subscribers can tell old events from new ones on the same topic.
 */
public final class EventTypes {

    public static final String RAW = "report.raw.v1";
    public static final String VALIDATED = "report.validated.v1";
    public static final String REJECTED = "report.rejected.v1";
    public static final String ROLLUP_CHANGED = "rollup.changed.v1";
    public static final String REVIEW_DECIDED = "review.decided.v1";
    public static final String APPROVAL_CHANGED = "approval.changed.v1";

    private EventTypes() {
    }
}
