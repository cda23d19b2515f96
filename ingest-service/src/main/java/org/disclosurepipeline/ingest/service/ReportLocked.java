package org.disclosurepipeline.ingest.service;

import org.disclosurepipeline.common.http.Problem;
import org.disclosurepipeline.common.http.ProblemException;
import org.disclosurepipeline.common.intake.DocumentRefusal;

/**
 * A new upload for a report that was approved: 409, in Chinese and English, saying how to get it reopened. A refusal
 * like any other, so that a batch line records it as REFUSED with this reason.
 */
public class ReportLocked extends DocumentRefusal {

    public ReportLocked(String agencyCode, int year, String approver) {
        super(agencyCode + " 的 " + year + " 年度报告已由 " + approver + " 审核通过并锁定，不能重新上传；如需更正，"
                + "请联系审核单位退回修改后再上传。The " + year + " report of " + agencyCode + " was approved by "
                + approver + " and is locked: ask the approver to return it for correction (POST /api/v1/approvals/"
                + agencyCode + "/" + year + "/return on aggregation-service), then upload again.", false);
    }

    @Override
    public int status() {
        return 409;
    }

    @Override
    public String title() {
        return "Report approved and locked";
    }

    /** The agency and year are at fault, not the document. */
    @Override
    public ProblemException problem(String documentField) {
        return new ProblemException(Problem.field(409, title(), "agency", getMessage()));
    }
}
