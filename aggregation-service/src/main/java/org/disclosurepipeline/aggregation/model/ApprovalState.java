package org.disclosurepipeline.aggregation.model;

import java.time.Instant;

/**
 * Where an agency's report or a region's reports for a year stand: APPROVED, RETURNED (for correction, with the
 * reason) or AWAITING_APPROVAL (no decision yet).
 *
 * @param regionCode an agency (9 digits), county (6), city (4) or province (2)
 * @param name       its name in the registry
 * @param level      township, county, city or province
 * @param year       report year
 * @param state      APPROVED, RETURNED or AWAITING_APPROVAL
 * @param reason     why it was returned
 * @param approver   region code of the approving reviewer (null for an admin or without decision)
 * @param decidedBy  token subject of whoever decided last
 * @param decidedAt  when
 */
public record ApprovalState(String regionCode, String name, String level, int year, String state, String reason,
        String approver, String decidedBy, Instant decidedAt) {

    public static final String AWAITING = "AWAITING_APPROVAL";
}
