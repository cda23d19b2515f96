package org.disclosurepipeline.aggregation.rest;

/**
 * Body of a finding's review.
 *
 * @param decision CONFIRMED (it must be fixed) or DISMISSED (it does not apply; a reason is required)
 * @param reason   why, seen by the submitting office
 */
public record ReviewRequest(String decision, String reason) {
}
