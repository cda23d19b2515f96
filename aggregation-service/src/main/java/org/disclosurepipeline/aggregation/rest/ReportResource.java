package org.disclosurepipeline.aggregation.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import org.disclosurepipeline.aggregation.messaging.RollupPublisher;
import org.disclosurepipeline.aggregation.model.FindingReview;
import org.disclosurepipeline.aggregation.model.ReportFact;
import org.disclosurepipeline.aggregation.service.ReviewState;
import org.disclosurepipeline.aggregation.service.Reviews;
import org.disclosurepipeline.contract.events.ReviewDecidedEvent;
import org.disclosurepipeline.common.access.Access;
import org.disclosurepipeline.common.access.Roles;
import org.disclosurepipeline.common.http.ProblemException;
import org.disclosurepipeline.core.json.ReportJson;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.jboss.logging.Logger;

/**
 * A report as aggregation-service stored it (for those who may read its agency's findings): the target of the
 * dashboard's links from rejection reasons. Reviewers of a region above the agency confirm or dismiss its findings.
 */
@Path("/api/v1/reports")
@RolesAllowed({Roles.SUBMITTER, Roles.REVIEWER, Roles.VIEWER, Roles.ADMIN})
public class ReportResource {

    @Inject
    Access access;

    @Inject
    Reviews reviews;

    @Inject
    RollupPublisher rollupPublisher;

    private static final Logger LOG = Logger.getLogger(ReportResource.class);

    @GET
    @Path("/{submissionId}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "One submission's verdict, findings and figures")
    public ReportView report(@Parameter(description = "Submission id (UUID)") @PathParam("submissionId") String id) {
        ReportFact f = fact(id);
        access.requireView(f.agencyCode);
        return new ReportView(f.submissionId, f.agencyCode, f.agencyName, f.year, f.verdict, f.current,
                f.receivedAt, f.checkedAt, f.findings, ReportJson.figuresTree(TemplateOrder.sorted(f.figures)),
                f.correction);
    }

    @POST
    @Path("/{submissionId}/findings/{finding}/review")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Confirm a finding (it must be fixed) or dismiss it with a reason",
            description = "For a reviewer of a region above the agency, or an admin. Warnings, infos and the errors of"
                    + " R-META-AGENCY and R-META-YEAR can be dismissed (422 otherwise); a rejected report whose every"
                    + " error is dismissed counts as accepted (verdictAfter). 409 when the report is approved or replaced.")
    public Response review(@Parameter(description = "Submission id (UUID)") @PathParam("submissionId") String id,
            @Parameter(description = "The finding's index in the report's findings, 0 for the first")
            @PathParam("finding") String finding, ReviewRequest body) {
        ReportFact f = fact(id);
        String reviewerRegion = access.requireReview(f.agencyCode);
        int n = findingIndex(f, finding);
        String decision = body == null ? null : body.decision();
        if (!ReviewDecidedEvent.CONFIRMED.equals(decision) && !ReviewDecidedEvent.DISMISSED.equals(decision)) {
            throw ProblemException.field(400, "Bad request", "decision", "'" + Params.shorten(decision)
                    + "' is not CONFIRMED or DISMISSED");
        }
        String reason = body.reason() == null || body.reason().isBlank() ? null : body.reason().strip();
        if (reason == null && ReviewDecidedEvent.DISMISSED.equals(decision)) {
            throw ProblemException.field(400, "Bad request", "reason", "a dismissal needs a reason");
        }
        if (reason != null && reason.length() > 2000) {
            throw ProblemException.field(400, "Bad request", "reason", "longer than 2000 characters");
        }
        Reviews.Decided decided = reviews.decide(f, n, decision, reason, access.subject(), reviewerRegion);
        announce(decided.changed());
        return Response.status(Response.Status.CREATED).entity(reviewsOf(f)).build();
    }

    @GET
    @Path("/{submissionId}/reviews")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Every review decision on a submission's findings, oldest first, and the verdict after them")
    public ReviewsView decisions(@Parameter(description = "Submission id (UUID)") @PathParam("submissionId") String id) {
        ReportFact f = fact(id);
        access.requireView(f.agencyCode);
        return reviewsOf(f);
    }

    private static ReviewsView reviewsOf(ReportFact f) {
        ReviewState state = ReviewState.of(f);
        List<ReviewsView.Decision> decisions = FindingReview.of(f.submissionId).stream()
                .map(ReviewsView.Decision::of).toList();
        return new ReviewsView(f.submissionId, f.agencyCode, f.year, f.verdictOfRules(), state.verdictAfter(),
                state.openErrors(), decisions);
    }

    /** The rollups a decision changed, as every change is announced; the query API is current either way. */
    private void announce(List<RollupPublisher.Change> changed) {
        try {
            rollupPublisher.publish(changed);
        } catch (RuntimeException e) {
            LOG.warnf(e, "the %d rollups a review changed were not announced; the next change carries them",
                    changed.size());
        }
    }

    static ReportFact fact(String id) {
        UUID uuid;
        try {
            uuid = UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw ProblemException.field(400, "Bad request", "submissionId", "'" + Params.shorten(id) + "' is not a UUID");
        }
        ReportFact f = ReportFact.findById(uuid);
        if (f == null) {
            throw ProblemException.field(404, "Not found", "submissionId", "no report with submission id " + id);
        }
        return f;
    }

    private static int findingIndex(ReportFact f, String finding) {
        try {
            int n = Integer.parseInt(finding);
            if (n >= 0 && n < f.findings.size()) {
                return n;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw ProblemException.field(404, "Not found", "finding", "'" + Params.shorten(finding) + "' is not a finding"
                + " of this report (it has " + f.findings.size() + ", numbered from 0)");
    }
}
