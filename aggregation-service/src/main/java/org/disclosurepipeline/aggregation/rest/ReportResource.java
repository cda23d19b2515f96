package org.disclosurepipeline.aggregation.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.disclosurepipeline.aggregation.model.ReportFact;
import org.disclosurepipeline.contract.access.Access;
import org.disclosurepipeline.contract.access.Roles;
import org.disclosurepipeline.contract.http.ProblemException;
import org.disclosurepipeline.core.json.ReportJson;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** A report as aggregation-service stored it (for those who may read its agency's findings): the target of the
 * dashboard's links from rejection reasons. */
@Path("/api/v1/reports")
@RolesAllowed({Roles.SUBMITTER, Roles.REVIEWER, Roles.VIEWER, Roles.ADMIN})
public class ReportResource {

    @Inject
    Access access;

    @GET
    @Path("/{submissionId}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "One submission's verdict, findings and figures")
    public ReportView report(@Parameter(description = "Submission id (UUID)") @PathParam("submissionId") String id) {
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
        access.requireView(f.agencyCode);
        return new ReportView(f.submissionId, f.agencyCode, f.agencyName, f.year, f.verdict, f.current,
                f.receivedAt, f.checkedAt, f.findings, ReportJson.figuresTree(TemplateOrder.sorted(f.figures)));
    }
}
