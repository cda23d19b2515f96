package org.disclosurepipeline.ingest.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.List;
import org.disclosurepipeline.common.access.Access;
import org.disclosurepipeline.common.access.Roles;
import org.disclosurepipeline.ingest.config.IngestConfig;
import org.disclosurepipeline.ingest.model.Correction;
import org.disclosurepipeline.ingest.model.Submission;
import org.disclosurepipeline.ingest.service.Corrections;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The history of a report: every version of the agency and year of a submission, uploads and corrections. */
@Path("/api/v1/submissions/{id}/versions")
@RolesAllowed({Roles.SUBMITTER, Roles.REVIEWER, Roles.VIEWER, Roles.ADMIN})
public class VersionResource {

    @Inject
    Access access;

    @Inject
    IngestConfig config;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Transactional
    @Operation(summary = "Every version of this submission's agency and year, oldest first: uploads and corrections"
            + " with who, when, why, the cells corrected and the rules' verdict")
    public ReportVersions versions(@PathParam("id") String id) {
        Submission of = SubmissionIds.find(id);
        access.requireView(of.agencyCode);
        List<ReportVersions.Version> versions = new ArrayList<>();
        for (Submission s : Submission.versions(of.agencyCode, of.year)) {
            Correction c = s.correctionOf == null ? null : Correction.findById(s.id);
            versions.add(new ReportVersions.Version(s.id, versions.size() + 1,
                    c == null ? ReportVersions.Kind.UPLOAD : ReportVersions.Kind.CORRECTION, s.correctionOf,
                    s.submittedBy, s.receivedAt, s.sha256, c == null ? null : c.reason,
                    c == null ? List.of() : Corrections.cells(c).stream().map(ReportVersions.CorrectedCellView::of)
                            .toList(),
                    s.status, s.rulesVersion, config.publicUrl() + "/api/v1/submissions/" + s.id));
        }
        return new ReportVersions(of.agencyCode, of.agencyName, of.year,
                versions.get(versions.size() - 1).submissionId(), versions);
    }
}
