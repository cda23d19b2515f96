package org.disclosurepipeline.ingest.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import org.disclosurepipeline.contract.http.Problem;
import org.disclosurepipeline.contract.http.ProblemException;
import org.disclosurepipeline.ingest.config.IngestConfig;
import org.disclosurepipeline.ingest.service.Acceptance;
import org.disclosurepipeline.ingest.service.ReportUpload;
import org.disclosurepipeline.ingest.service.SubmissionService;
import org.disclosurepipeline.ingest.service.UnreadableReportException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** Uploads of single reports. */
@Path("/api/v1/reports")
public class ReportResource {

    @Inject
    SubmissionService submissions;

    @Inject
    IngestConfig config;

    @POST
    @Consumes(MediaType.TEXT_PLAIN)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Submit a report",
            description = "The body is the report. 202 means the submission is stored durably and will be validated; "
                    + "an identical re-upload for the same agency and year answers 200 with the earlier submission.")
    @APIResponse(responseCode = "202", description = "Accepted: follow statusUrl")
    @APIResponse(responseCode = "200", description = "Identical to an earlier submission, which is returned")
    @APIResponse(responseCode = "400", description = "Invalid parameters or empty body (application/problem+json)")
    @APIResponse(responseCode = "413", description = "Larger than the configured limit")
    public Response submit(@Context UriInfo uri,
            @Parameter(description = "9-digit township code", example = "610722111") @jakarta.ws.rs.QueryParam("agency") String agency,
            @Parameter(description = "Report year", example = "2024") @jakarta.ws.rs.QueryParam("year") String year,
            @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType, byte[] body) {
        UploadParameters params = UploadParameters.check(uri.getQueryParameters(), config.earliestYear());
        if (body == null || body.length == 0) {
            throw ProblemException.badRequest("The body is empty: send the report as the request body");
        }
        if (body.length > config.maxReportBytes()) {
            throw new ProblemException(Problem.of(413, "Report too large", "The report has " + body.length
                    + " bytes; the limit is " + config.maxReportBytes()));
        }
        Acceptance acceptance;
        try {
            acceptance = submissions.accept(new ReportUpload(params.agency(), params.year(), body,
                    contentType == null ? MediaType.TEXT_PLAIN : contentType, null));
        } catch (UnreadableReportException e) {
            throw new ProblemException(Problem.of(422, "Unreadable report", e.getMessage()));
        }
        String statusUrl = config.publicUrl() + "/api/v1/submissions/" + acceptance.submission().id;
        SubmissionReceipt receipt = new SubmissionReceipt(acceptance.submission().id, statusUrl,
                acceptance.duplicate());
        return Response.status(acceptance.duplicate() ? Response.Status.OK : Response.Status.ACCEPTED)
                .location(URI.create(statusUrl)).entity(receipt).build();
    }
}
