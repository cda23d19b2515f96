package org.disclosurepipeline.ingest.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.disclosurepipeline.common.access.Access;
import org.disclosurepipeline.common.access.Roles;
import org.disclosurepipeline.ingest.config.IngestConfig;
import org.disclosurepipeline.ingest.model.Submission;
import org.disclosurepipeline.ingest.service.Corrections;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * Correction of cells the parser misread: makes a new version of the report that goes through validation like an
 * upload. The submitting office (a submitter covering the agency) and a reviewer of a region above it may correct.
 */
@Path("/api/v1/submissions/{id}/corrections")
@RolesAllowed({Roles.SUBMITTER, Roles.REVIEWER, Roles.VIEWER, Roles.ADMIN})
public class CorrectionResource {

    @Inject
    Corrections corrections;

    @Inject
    Access access;

    @Inject
    IngestConfig config;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Correct parsed cells of the current version: {reason, cells:[{table,row,column,value}]}",
            description = "Cells are addressed as findings address them (location table/row/column, or the dotted "
                    + "key as 'cell'). 202: a new version was made from the same original document and will be "
                    + "validated; follow statusUrl.")
    @APIResponse(responseCode = "202", description = "A new version, to be validated")
    @APIResponse(responseCode = "400", description = "Malformed body, no reason, no cells")
    @APIResponse(responseCode = "403", description = "Neither the submitting office nor a reviewer above it")
    @APIResponse(responseCode = "409", description = "Not the current version, or the report is approved")
    @APIResponse(responseCode = "422", description = "A cell not in the template, or a value that is not a number")
    public Response correct(@PathParam("id") String id, String body) {
        Submission s = SubmissionIds.find(id);
        if (access.refusalToSubmit(s.agencyCode) != null) {
            access.requireReview(s.agencyCode); // not the submitting office: a reviewer above it, or 403
        }
        CorrectionRequest request = CorrectionRequest.read(body);
        Corrections.Corrected made = corrections.correct(s.id, request.reason(), request.cells(), access.subject());
        String statusUrl = config.publicUrl() + "/api/v1/submissions/" + made.submission().id;
        return Response.accepted(new CorrectionReceipt(made.submission().id, s.id, made.version(), statusUrl,
                statusUrl + "/versions")).location(URI.create(statusUrl)).build();
    }
}
