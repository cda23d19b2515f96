package org.disclosurepipeline.aggregation.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.disclosurepipeline.aggregation.model.ApprovalDecision;
import org.disclosurepipeline.aggregation.model.ApprovalState;
import org.disclosurepipeline.aggregation.service.ApprovalQueries;
import org.disclosurepipeline.aggregation.service.Approvals;
import org.disclosurepipeline.common.access.Access;
import org.disclosurepipeline.common.access.Roles;
import org.disclosurepipeline.common.http.ProblemException;
import org.disclosurepipeline.core.regions.Region;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * Approval by level: a reviewer approves the reports of the level below (a county its townships' reports, a city its
 * counties, a province its cities) or returns them for correction with a reason; an approved agency's report is
 * locked against new uploads (ingest-service, from {@code approvals.changed}). Readers of a region see its states.
 */
@Path("/api/v1/approvals")
@RolesAllowed({Roles.SUBMITTER, Roles.REVIEWER, Roles.VIEWER, Roles.ADMIN})
public class ApprovalResource {

    @Inject
    Access access;

    @Inject
    Approvals approvals;

    @Inject
    ApprovalQueries queries;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "A region's approval state for a year, then that of each part one level down that reported",
            description = "APPROVED, RETURNED (with the reason) or AWAITING_APPROVAL; region may be an agency code.")
    public List<ApprovalState> states(
            @Parameter(description = "2, 4, 6 or 9-digit code", example = "610722", required = true)
            @QueryParam("region") String region,
            @Parameter(description = "Report year", example = "2024", required = true) @QueryParam("year") String year) {
        if (region == null || region.isBlank()) {
            throw ProblemException.field(400, "Bad request", "region", "missing, e.g. ?region=610722&year=2024");
        }
        Region r = Params.region("region", region, true);
        access.requireView(r.code());
        return queries.states(r.code(), Params.year(year));
    }

    @POST
    @Path("/{regionCode}/{year}/approve")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Approve an agency's report (no open errors) or a region's reports (every part approved)",
            description = "For a reviewer of a region above it, or an admin. 409 with the reason when it cannot be.")
    public ApprovalState approve(@Parameter(example = "610722111") @PathParam("regionCode") String code,
            @Parameter(example = "2024") @PathParam("year") String year) {
        Region r = Params.region("regionCode", code, true);
        String approver = access.requireReview(r.code());
        return view(r, approvals.approve(r.code(), Params.year(year), access.subject(), approver));
    }

    @POST
    @Path("/{regionCode}/{year}/return")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Return an approved report or region for correction, with the reason the office will read",
            description = "Unlocks new uploads. 409 when it is not approved, or the level above it is.")
    public ApprovalState giveBack(@Parameter(example = "610722111") @PathParam("regionCode") String code,
            @Parameter(example = "2024") @PathParam("year") String year, ReturnRequest body) {
        Region r = Params.region("regionCode", code, true);
        String approver = access.requireReview(r.code());
        String reason = body == null || body.reason() == null || body.reason().isBlank() ? null : body.reason().strip();
        if (reason == null || reason.length() > 2000) {
            throw ProblemException.field(400, "Bad request", "reason", reason == null
                    ? "a return for correction needs a reason" : "longer than 2000 characters");
        }
        return view(r, approvals.giveBack(r.code(), Params.year(year), reason, access.subject(), approver));
    }

    private static ApprovalState view(Region r, ApprovalDecision d) {
        return new ApprovalState(d.regionCode, r.name(), org.disclosurepipeline.contract.events.RegionCode
                .level(d.regionCode), d.year, d.state, d.reason, d.approver, d.decidedBy, d.decidedAt);
    }
}
