package org.disclosurepipeline.aggregation.model;

/**
 * Where a region stands in approval by level, for its rollup: its own state, and how many of its parts one level
 * down (the townships of a county, the counties of a city …) that reported or were decided on are approved, returned
 * or awaiting approval.
 *
 * @param state    the region's own state: APPROVED, RETURNED or AWAITING_APPROVAL
 * @param approved parts approved
 * @param returned parts returned for correction
 * @param awaiting parts that reported and await approval
 */
public record ApprovalSummary(String state, int approved, int returned, int awaiting) {
}
