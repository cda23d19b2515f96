package org.disclosurepipeline.contract.events;

import java.time.Instant;
import java.util.UUID;

/**
 * Value of {@code approvals.changed}: the report of an agency (a 9-digit township code), or the reports of a
 * county, city or province, for a year were approved by the level above, or returned for correction. An approved
 * agency's report is locked: ingest-service refuses new uploads for it until it is returned.
 *
 * @param approvalId  the change's id (also the CloudEvents id)
 * @param regionCode  what was approved: an agency (9 digits), a county (6), a city (4) or a province (2)
 * @param level       township, county, city or province
 * @param year        report year
 * @param state       APPROVED or RETURNED
 * @param reason      why it was returned (null when approved)
 * @param approver    the region code of the approving reviewer's token, null for an admin
 * @param decidedBy   the token subject of the reviewer
 * @param decidedAt   when
 */
public record ApprovalChangedEvent(
        UUID approvalId,
        String regionCode,
        String level,
        int year,
        String state,
        String reason,
        String approver,
        String decidedBy,
        Instant decidedAt) {

    public static final String APPROVED = "APPROVED";
    public static final String RETURNED = "RETURNED";

    public boolean approved() {
        return APPROVED.equals(state);
    }
}
