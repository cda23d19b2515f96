package org.disclosurepipeline.aggregation.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import org.disclosurepipeline.aggregation.export.CheckSheet;
import org.disclosurepipeline.aggregation.export.CheckSheetPdf;
import org.disclosurepipeline.aggregation.model.ReportFact;
import org.disclosurepipeline.common.access.Access;
import org.disclosurepipeline.common.access.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** A report's printable check sheet: what a county sends a township to fix. */
@Path("/api/v1/reports")
@RolesAllowed({Roles.SUBMITTER, Roles.REVIEWER, Roles.VIEWER, Roles.ADMIN})
public class CheckSheetResource {

    static final String PDF = "application/pdf";

    @Inject
    Access access;

    @Inject
    CheckSheetPdf pdf;

    @GET
    @Path("/{submissionId}/check-sheet.pdf")
    @Produces(PDF)
    @Operation(summary = "A report's check sheet (PDF): its tables with the cells of its findings marked, its"
            + " findings with their review decisions, its verdict and approval",
            description = "Chinese text in an embedded font subset (aggregation.exports.pdf-font, by default the"
                    + " bundled WenQuanYi Micro Hei; 503 naming the setting when a configured font cannot be read).")
    @APIResponse(responseCode = "200", content = @Content(mediaType = PDF))
    public Response checkSheet(@Parameter(description = "Submission id (UUID)") @PathParam("submissionId") String id) {
        ReportFact f = ReportResource.fact(id);
        access.requireView(f.agencyCode);
        CheckSheet sheet = CheckSheet.of(f);
        String name = (f.agencyName == null ? f.agencyCode : f.agencyName) + f.year + "年度报告审核单.pdf";
        return Downloads.file(pdf.render(sheet), PDF, "check-sheet-" + f.agencyCode + "-" + f.year + ".pdf", name);
    }
}
