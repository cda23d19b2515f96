package org.disclosurepipeline.validation.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.disclosurepipeline.contract.events.RegionCode;
import org.disclosurepipeline.contract.http.Problem;
import org.disclosurepipeline.contract.http.ProblemException;
import org.disclosurepipeline.core.ReportChecker;
import org.disclosurepipeline.core.document.DocumentReader;
import org.disclosurepipeline.core.document.UnreadableDocumentException;
import org.disclosurepipeline.core.regions.Region;
import org.disclosurepipeline.core.regions.RegionRegistry;
import org.disclosurepipeline.core.rules.Submission;
import org.disclosurepipeline.validation.service.ValidationService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** A synchronous dry run for a clerk: check a report before submitting it. Nothing is stored or published. */
@Path("/api/v1/validate")
public class ValidateResource {

    @Inject
    ValidationService validation;

    @POST
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Check a report without submitting it",
            description = "Parses the report and applies the rule catalogue; answers the verdict, the structured "
                    + "report and every finding, as the report-check CLI prints them. The body is the report as text "
                    + "(UTF-8 or GB18030/GBK), an HTML page, a Word (.docx) document or a PDF; the format is detected.")
    public CheckResponse validate(
            @Parameter(description = "9-digit township code the report is for (optional)") @QueryParam("agency") String agency,
            @Parameter(description = "Report year (optional)") @QueryParam("year") Integer year,
            byte[] body) {
        if (body == null || body.length == 0) {
            throw ProblemException.badRequest("The body is empty: send the report's text as the request body");
        }
        if (agency != null && !RegionCode.isAgency(agency)) {
            throw ProblemException.badRequest("agency: '" + agency + "' is not a 9-digit township code");
        }
        String name = agency == null ? null : RegionRegistry.bundled().find(agency).map(Region::name).orElse(null);
        String text;
        try {
            text = DocumentReader.read(body, null);
        } catch (UnreadableDocumentException e) {
            throw new ProblemException(
                    Problem.of(422, "Unreadable document", "The document cannot be read: " + e.getMessage()));
        }
        ReportChecker.CheckResult result = validation.check(text, new Submission(agency, name, year, null));
        return new CheckResponse(result.validation().verdict(), result.report(), result.validation().findings(),
                validation.rulesVersion());
    }
}
