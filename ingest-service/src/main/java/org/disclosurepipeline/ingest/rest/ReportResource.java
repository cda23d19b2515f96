package org.disclosurepipeline.ingest.rest;

import jakarta.annotation.security.RolesAllowed;
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
import java.io.InputStream;
import java.net.URI;
import org.disclosurepipeline.common.access.Access;
import org.disclosurepipeline.common.access.Roles;
import org.disclosurepipeline.common.intake.Bodies;
import org.disclosurepipeline.common.intake.DocumentRefusal;
import org.disclosurepipeline.common.intake.FormDocument;
import org.disclosurepipeline.common.intake.IntakeConfig;
import org.disclosurepipeline.common.intake.UploadParameters;
import org.disclosurepipeline.ingest.config.IngestConfig;
import org.disclosurepipeline.ingest.service.Acceptance;
import org.disclosurepipeline.ingest.service.ReportUpload;
import org.disclosurepipeline.ingest.service.SubmissionService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/** Uploads of single reports: the document as the body, or as the {@code file} part of a form. */
@Path("/api/v1/reports")
@RolesAllowed({Roles.SUBMITTER, Roles.ADMIN})
public class ReportResource {

    @Inject
    SubmissionService submissions;

    @Inject
    Access access;

    @Inject
    IngestConfig config;

    @Inject
    IntakeConfig intake;

    @POST
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Submit a report (text, HTML, DOCX or PDF as the body; ?agency=&year=)",
            description = "202 means the submission is stored durably and will be validated; an identical "
                    + "re-upload for the same agency and year answers 200 with the earlier submission.")
    @APIResponse(responseCode = "202", description = "Accepted: follow statusUrl")
    @APIResponse(responseCode = "200", description = "Identical to an earlier submission, which is returned")
    @APIResponse(responseCode = "400", description = "Invalid parameters or empty body")
    @APIResponse(responseCode = "403", description = "The agency is outside the token's region")
    @APIResponse(responseCode = "413", description = "Larger than the configured limit")
    @APIResponse(responseCode = "415", description = "Not a supported document type")
    @APIResponse(responseCode = "422", description = "Damaged or unreadable document")
    @APIResponse(responseCode = "503", description = "The database is unreachable: retry after Retry-After seconds")
    public Response submit(@Context UriInfo uri, @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
            InputStream body) {
        UploadParameters params = UploadParameters.required(uri.getQueryParameters(), intake.earliestYear());
        access.requireSubmit(params.agency());
        byte[] bytes = Bodies.readAtMost(body, intake.maxReportBytes());
        return accept(params, bytes, contentType, "body");
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Submit a report as a form: part 'file', fields 'agency' and 'year' (or query parameters)")
    public Response submitForm(@Context UriInfo uri, @RestForm("file") FileUpload file,
            @RestForm("agency") String agency, @RestForm("year") String year) {
        UploadParameters params = UploadParameters.required(FormDocument.parameters(uri, agency, year),
                intake.earliestYear());
        access.requireSubmit(params.agency());
        FormDocument document = FormDocument.read(file, intake.maxReportBytes());
        return accept(params, document.bytes(), document.contentType(), FormDocument.PART);
    }

    private Response accept(UploadParameters params, byte[] bytes, String contentType, String field) {
        Bodies.requireNotEmpty(field, bytes.length);
        Acceptance acceptance;
        try {
            acceptance = submissions.accept(ReportUpload.of(params.agency(), params.year(), bytes, contentType,
                    access.subject()));
        } catch (DocumentRefusal e) {
            throw e.problem(field);
        }
        String statusUrl = config.publicUrl() + "/api/v1/submissions/" + acceptance.submission().id;
        SubmissionReceipt receipt = new SubmissionReceipt(acceptance.submission().id, statusUrl,
                acceptance.duplicate());
        return Response.status(acceptance.duplicate() ? Response.Status.OK : Response.Status.ACCEPTED)
                .location(URI.create(statusUrl)).entity(receipt).build();
    }
}
