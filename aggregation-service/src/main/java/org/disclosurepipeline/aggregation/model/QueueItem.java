package org.disclosurepipeline.aggregation.model;

import java.util.UUID;

/**
 * One report in a reviewer's queue.
 *
 * @param verdict      the verdict once dismissed findings no longer count
 * @param errors       error findings of the rules
 * @param openErrors   errors not dismissed
 * @param openFindings errors and warnings nobody has decided on yet
 * @param state        OPEN_ERRORS (cannot be approved yet), AWAITING_APPROVAL, APPROVED or RETURNED
 * @param reason       why it was returned
 * @param problem      something is left to do before approval: open findings, open errors or a return
 */
public record QueueItem(String agencyCode, String agencyName, UUID submissionId, String verdict, int errors,
        int openErrors, int openFindings, String state, String reason, boolean problem) {

    public static final String OPEN_ERRORS = "OPEN_ERRORS";
}
