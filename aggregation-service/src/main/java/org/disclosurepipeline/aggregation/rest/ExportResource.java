package org.disclosurepipeline.aggregation.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.disclosurepipeline.aggregation.export.MissingList;
import org.disclosurepipeline.aggregation.export.ProblemList;
import org.disclosurepipeline.aggregation.export.RowSink;
import org.disclosurepipeline.aggregation.model.Completeness;
import org.disclosurepipeline.common.access.Access;
import org.disclosurepipeline.common.access.Roles;
import org.disclosurepipeline.core.regions.Region;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * A region's lists for a year as files for spreadsheets: the problems of its current reports with their review
 * decisions, and the townships that have not reported. For the readers of the region's reports.
 */
@Path("/api/v1/exports")
@RolesAllowed({Roles.SUBMITTER, Roles.REVIEWER, Roles.VIEWER, Roles.ADMIN})
public class ExportResource {

    static final String CSV = "text/csv";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    Access access;

    @Inject
    ProblemList problems;

    @Inject
    MissingList missing;

    @GET
    @Path("/problems")
    @Produces({CSV, XLSX})
    @Operation(summary = "The problem list: one row per finding of each current report in the region",
            description = "Agency, submission, finding number (index + 1), rule, severity, message in Chinese, the"
                    + " cell in the template's labels, review status (待审核/已确认/已驳回 with reason, who, when) and"
                    + " the report's approval. CSV is UTF-8 with a byte-order mark; streamed, whatever the region.")
    @APIResponse(responseCode = "200", content = {@Content(mediaType = CSV), @Content(mediaType = XLSX)})
    public Response problems(
            @Parameter(description = "2, 4, 6 or 9-digit region code", example = "610722", required = true)
            @QueryParam("region") String region,
            @Parameter(description = "Report year", example = "2024", required = true) @QueryParam("year") String year,
            @Parameter(description = "csv (default) or xlsx") @QueryParam("format") String format,
            @Parameter(description = "true: leave out dismissed findings (what is left to fix or to decide)")
            @QueryParam("onlyOpen") String onlyOpen) {
        Region r = Params.queryRegion("region", region, true);
        int y = Params.year(year);
        RowSink.Format f = Downloads.format(format);
        boolean open = Params.flag("onlyOpen", onlyOpen);
        access.requireView(r.code());
        StreamingOutput body = out -> problems.write(r.code(), y, open, f, out);
        return Downloads.file(body, f.mediaType, "problems-" + r.code() + "-" + y + "." + f.extension,
                r.name() + y + "年度问题清单" + (open ? "（未驳回）" : "") + "." + f.extension);
    }

    @GET
    @Path("/missing")
    @Produces({CSV, XLSX})
    @Operation(summary = "The townships of the region that have no report for the year (as completeness counts them)",
            description = "Code, name, county, city and the deadline. CSV is UTF-8 with a byte-order mark.")
    @APIResponse(responseCode = "200", content = {@Content(mediaType = CSV), @Content(mediaType = XLSX)})
    public Response missing(
            @Parameter(description = "2, 4 or 6-digit region code", example = "610722", required = true)
            @QueryParam("region") String region,
            @Parameter(description = "Report year", example = "2024", required = true) @QueryParam("year") String year,
            @Parameter(description = "csv (default) or xlsx") @QueryParam("format") String format) {
        Region r = Params.queryRegion("region", region, false);
        int y = Params.year(year);
        RowSink.Format f = Downloads.format(format);
        access.requireView(r.code());
        Completeness c = missing.read(r.code(), y);
        StreamingOutput body = out -> missing.write(c, f, out);
        return Downloads.file(body, f.mediaType, "missing-" + r.code() + "-" + y + "." + f.extension,
                r.name() + y + "年度未报送单位." + f.extension);
    }
}
