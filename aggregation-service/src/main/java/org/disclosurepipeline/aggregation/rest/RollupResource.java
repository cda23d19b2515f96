package org.disclosurepipeline.aggregation.rest;

import io.smallrye.mutiny.Multi;
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
import org.disclosurepipeline.aggregation.service.LiveRollups;
import org.disclosurepipeline.contract.events.RollupChangedEvent;
import org.disclosurepipeline.common.http.ProblemException;
import org.disclosurepipeline.core.regions.Region;
import org.disclosurepipeline.core.regions.RegionLevel;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.jboss.resteasy.reactive.RestStreamElementType;

/**
 * Rollups per county (6 digits), city (4) and province (2), one at a time or a level at a time; live changes. Public:
 * region-level figures and which townships have not reported are public information anyway.
 */
@Path("/api/v1/rollups")
public class RollupResource {

    private static final List<String> LEVELS = List.of("province", "city", "county");
    static final int PAGE = 200;

    @Inject
    RollupViews views;

    @Inject
    LiveRollups live;

    @GET
    @Path("/{regionCode}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The rollup of a county, city or province for a year, with completeness and missing townships")
    public RollupView rollup(
            @Parameter(description = "2, 4 or 6-digit region code", example = "610722") @PathParam("regionCode") String code,
            @Parameter(description = "Report year", example = "2024", required = true) @QueryParam("year") String year) {
        Region region = Params.region(code, false);
        return views.one(region, Params.year(year));
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, CsvTable.TEXT_CSV})
    @Operation(summary = "The rollups of every region of a level under a parent (JSON, or CSV with Accept: text/csv)",
            description = "A page at a time, in code order: offset (default 0) and limit (default 200, at most 1000)."
                    + " X-Total-Count tells how many regions there are; a Link header with rel=\"next\" the next page.")
    @APIResponse(responseCode = "200", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = RollupView.class)),
            @Content(mediaType = CsvTable.TEXT_CSV)})
    public Response children(
            @Parameter(description = "province, city or county", example = "county", required = true) @QueryParam("level") String level,
            @Parameter(description = "Region code the regions lie under; none for the whole country", example = "61") @QueryParam("parent") String parent,
            @Parameter(description = "Report year", example = "2024", required = true) @QueryParam("year") String year,
            @Parameter(description = "Regions to skip (default 0)") @QueryParam("offset") String offset,
            @Parameter(description = "Regions per page (default 200, at most 1000)") @QueryParam("limit") String limit,
            @Context HttpHeaders headers, @Context UriInfo uri) {
        if (level == null || !LEVELS.contains(level)) {
            throw ProblemException.field(400, "Bad request", "level", "'" + level + "' is not one of province, city, county");
        }
        RegionLevel wanted = RegionLevel.fromKey(level);
        Region above = parent == null || parent.isBlank() ? null : Params.region("parent", parent, false);
        if (above != null && above.level().compareTo(wanted) >= 0) {
            throw ProblemException.field(400, "Bad request", "parent", parent + " is a " + above.level().key()
                    + ", not above level " + level);
        }
        int y = Params.year(year);
        return CsvTable.respond(headers, uri, views.children(above, wanted, y, Params.offset(offset),
                Params.limit(limit, PAGE)), RollupViews.csvHeader(),
                RollupViews::csvRow, "rollups-" + level + "-" + (above == null ? "all" : parent) + "-" + y);
    }

    @GET
    @Path("/stream")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @RestStreamElementType(MediaType.APPLICATION_JSON)
    @Operation(summary = "Server-Sent Events: every rollup change from now on (the rollups.changed event)")
    public Multi<RollupChangedEvent> stream(
            @Parameter(description = "Only this report year") @QueryParam("year") String year,
            @Parameter(description = "Only this region and the regions under it", example = "61") @QueryParam("region") String region) {
        Integer y = year == null || year.isBlank() ? null : Params.year(year);
        String prefix = region == null || region.isBlank() ? "" : Params.region("region", region, false).code();
        return live.stream().filter(e -> (y == null || e.year() == y) && e.regionCode().startsWith(prefix));
    }
}
