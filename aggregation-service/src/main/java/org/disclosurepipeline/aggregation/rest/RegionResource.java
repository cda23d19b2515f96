package org.disclosurepipeline.aggregation.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.disclosurepipeline.aggregation.model.AgencyStatus;
import org.disclosurepipeline.aggregation.model.Page;
import org.disclosurepipeline.aggregation.model.RejectionReason;
import org.disclosurepipeline.aggregation.service.ReportQueries;
import org.disclosurepipeline.common.access.Access;
import org.disclosurepipeline.common.access.Roles;
import org.disclosurepipeline.common.http.ProblemException;
import org.disclosurepipeline.core.regions.Region;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * The registry's regions (public), and per region: every agency's latest status and findings, and why reports were
 * rejected, for viewers and for submitters and reviewers of a region that covers it.
 */
@Path("/api/v1/regions")
public class RegionResource {

    private static final List<String> STATUSES = List.of("VALIDATED", "REJECTED", AgencyStatus.MISSING);
    static final int PAGE = 500;

    @Inject
    ReportQueries reports;

    @Inject
    Access access;

    @GET
    @Path("/{code}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "A region of the registry: name, level, its path from the province and its children")
    public RegionView region(@Parameter(example = "6107") @PathParam("code") String code) {
        return RegionView.of(Params.region(code, true));
    }

    @GET
    @Path("/{code}/reports")
    @Produces({MediaType.APPLICATION_JSON, CsvTable.TEXT_CSV})
    @RolesAllowed({Roles.SUBMITTER, Roles.REVIEWER, Roles.VIEWER, Roles.ADMIN})
    @Operation(summary = "Each agency's latest status and findings for a year; townships without a report are MISSING",
            description = "A page at a time, in code order: offset (default 0) and limit (default 500, at most 1000)."
                    + " X-Total-Count tells how many agencies there are; a Link header with rel=\"next\" the next page.")
    @APIResponse(responseCode = "200", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = AgencyStatus.class)),
            @Content(mediaType = CsvTable.TEXT_CSV)})
    public Response reports(
            @Parameter(description = "2, 4, 6 or 9-digit region code", example = "610722") @PathParam("code") String code,
            @Parameter(description = "Report year", example = "2024", required = true) @QueryParam("year") String year,
            @Parameter(description = "Only VALIDATED, REJECTED or MISSING") @QueryParam("status") String status,
            @Parameter(description = "Agencies to skip (default 0)") @QueryParam("offset") String offset,
            @Parameter(description = "Agencies per page (default 500, at most 1000)") @QueryParam("limit") String limit,
            @Context HttpHeaders headers, @Context UriInfo uri) {
        Region region = Params.region(code, true);
        access.requireView(region.code());
        int y = Params.year(year);
        if (status != null && !STATUSES.contains(status)) {
            throw ProblemException.field(400, "Bad request", "status", "'" + status + "' is not one of " + String.join(", ", STATUSES));
        }
        Page<AgencyStatus> rows = reports.statuses(region.code(), y, status, Params.offset(offset),
                Params.limit(limit, PAGE));
        return CsvTable.respond(headers, uri, rows, List.of("agencyCode", "agencyName", "status", "submissionId",
                "receivedAt", "onTime", "errors", "warnings", "rules"), s -> List.of(s.agencyCode(),
                s.agencyName(), s.status(), str(s.submissionId()), str(s.receivedAt()), str(s.onTime()), s.errors(),
                s.warnings(), String.join(" ", s.findings().stream().map(f -> String.valueOf(f.get("rule")))
                        .distinct().toList())), "reports-" + code + "-" + y);
    }

    @GET
    @Path("/{code}/rejections")
    @Produces({MediaType.APPLICATION_JSON, CsvTable.TEXT_CSV})
    @RolesAllowed({Roles.SUBMITTER, Roles.REVIEWER, Roles.VIEWER, Roles.ADMIN})
    @Operation(summary = "The rules that rejected the region's current reports, most frequent first, with the reports",
            description = "Counted in the database; each rule names at most 1000 reports (by agency code), its count"
                    + " is of all of them.")
    @APIResponse(responseCode = "200", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = RejectionReason.class)),
            @Content(mediaType = CsvTable.TEXT_CSV)})
    public Response rejections(
            @Parameter(example = "61") @PathParam("code") String code,
            @Parameter(description = "Report year", example = "2024", required = true) @QueryParam("year") String year,
            @Parameter(description = "At most this many rules (default 10)") @QueryParam("limit") String limit,
            @Context HttpHeaders headers, @Context UriInfo uri) {
        Region region = Params.region(code, true);
        access.requireView(region.code());
        int y = Params.year(year);
        List<RejectionReason> rows = reports.rejections(region.code(), y, Params.limit(limit, 10));
        return CsvTable.respond(headers, uri, rows, List.of("rule", "reports", "example", "agencies"),
                r -> List.of(r.rule(), r.reports(), str(r.example()), String.join(" ",
                        r.agencies().stream().map(RejectionReason.Report::agencyCode).toList())),
                "rejections-" + code + "-" + y);
    }

    private static String str(Object o) {
        return o == null ? "" : o.toString();
    }
}
