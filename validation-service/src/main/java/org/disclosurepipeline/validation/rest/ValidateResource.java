package org.disclosurepipeline.validation.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import org.disclosurepipeline.common.access.Access;
import org.disclosurepipeline.common.access.Roles;
import org.disclosurepipeline.common.intake.Bodies;
import org.disclosurepipeline.common.intake.DocumentIntake;
import org.disclosurepipeline.common.intake.DocumentRefusal;
import org.disclosurepipeline.common.intake.ExtractedDocument;
import org.disclosurepipeline.common.intake.FormDocument;
import org.disclosurepipeline.common.intake.IntakeConfig;
import org.disclosurepipeline.common.intake.UploadParameters;
import org.disclosurepipeline.core.ReportChecker;
import org.disclosurepipeline.core.regions.Region;
import org.disclosurepipeline.core.regions.RegionRegistry;
import org.disclosurepipeline.core.rules.Submission;
import org.disclosurepipeline.validation.service.ValidationService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/**
 * A synchronous dry run for a clerk: check a report before submitting it. Nothing is stored or published. The
 * input passes the same intake guards and parameter checks as an upload to ingest-service (pipeline-contract's
 * intake package), so that the dry run and the upload judge the same input the same way.
 */
@Path("/api/v1/validate")
@RolesAllowed({Roles.SUBMITTER, Roles.REVIEWER, Roles.VIEWER, Roles.ADMIN})
public class ValidateResource {

    @Inject
    ValidationService validation;

    @Inject
    DocumentIntake documents;

    @Inject
    IntakeConfig intake;

    @Inject
    Access access;

    @POST
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Check a report without submitting it",
            description = "Parses the report and applies the rule catalogue; answers the verdict, the structured "
                    + "report and every finding, as the report-check CLI prints them. The body is the report as text "
                    + "(UTF-8 or GB18030/GBK), an HTML page, a Word (.docx) document or a PDF; the format is detected "
                    + "and a declared Content-Type must agree with it.")
    public CheckResponse validate(@Context UriInfo uri,
            @Parameter(description = "9-digit township code the report is for (optional)") @QueryParam("agency") String agency,
            @Parameter(description = "Report year (optional)") @QueryParam("year") String year,
            @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType, InputStream body) {
        UploadParameters params = allowed(UploadParameters.optional(uri.getQueryParameters(), intake.earliestYear()));
        return check(params, Bodies.readAtMost(body, intake.maxReportBytes()), contentType, "body");
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Check a report sent as a form: part 'file', optional fields 'agency' and 'year'")
    public CheckResponse validateForm(@Context UriInfo uri, @RestForm("file") FileUpload file,
            @RestForm("agency") String agency, @RestForm("year") String year) {
        UploadParameters params = allowed(UploadParameters.optional(FormDocument.parameters(uri, agency, year),
                intake.earliestYear()));
        FormDocument document = FormDocument.read(file, intake.maxReportBytes());
        return check(params, document.bytes(), document.contentType(), FormDocument.PART);
    }

    /** A dry run for an agency is for those who may see its reports: a submitter or reviewer of its region. */
    private UploadParameters allowed(UploadParameters params) {
        if (params.agency() != null) {
            access.requireView(params.agency());
        }
        return params;
    }

    private CheckResponse check(UploadParameters params, byte[] bytes, String contentType, String field) {
        Bodies.requireNotEmpty(field, bytes.length);
        ExtractedDocument document;
        try {
            document = documents.read(bytes, contentType);
        } catch (DocumentRefusal e) {
            throw e.problem(field);
        }
        String name = params.agency() == null ? null
                : RegionRegistry.bundled().find(params.agency()).map(Region::name).orElse(null);
        ReportChecker.CheckResult result = validation.check(document.text(),
                new Submission(params.agency(), name, params.year(), null));
        return new CheckResponse(result.validation().verdict(), result.report(), result.validation().findings(),
                validation.rulesVersion());
    }
}
