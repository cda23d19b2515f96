package org.disclosurepipeline.aggregation.rest;

/**
 * Body of a return for correction.
 *
 * @param reason what the submitting office must correct (required)
 */
public record ReturnRequest(String reason) {
}
