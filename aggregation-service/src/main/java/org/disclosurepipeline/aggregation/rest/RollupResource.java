package org.disclosurepipeline.aggregation.rest;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import org.disclosurepipeline.aggregation.model.Rollup;
import org.disclosurepipeline.contract.events.RegionCode;
import org.disclosurepipeline.contract.http.ProblemException;
import org.disclosurepipeline.core.json.ReportJson;
import org.disclosurepipeline.core.regions.Region;
import org.disclosurepipeline.core.regions.RegionRegistry;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** Rollups per county (6 digits), city (4) and province (2). */
@Path("/api/v1/rollups")
public class RollupResource {

    @GET
    @Path("/{regionCode}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The rollup of a county, city or province for a year")
    public RollupView rollup(
            @Parameter(description = "2, 4 or 6-digit region code", example = "610722") @PathParam("regionCode") String code,
            @Parameter(description = "Report year", example = "2024", required = true) @QueryParam("year") Integer year) {
        if (!RegionCode.isRegion(code)) {
            throw ProblemException.notFound("'" + code + "' is not a province (2 digits), city (4) or county (6) code");
        }
        Region region = RegionRegistry.bundled().find(code).orElseThrow(
                () -> ProblemException.notFound("No region " + code + " in the region registry"));
        if (year == null) {
            throw ProblemException.badRequest("year: missing, e.g. ?year=2024");
        }
        return Rollup.of(code, year)
                .map(r -> new RollupView(code, r.level, region.name(), year, r.validatedReports, r.rejectedReports,
                        ReportJson.figuresTree(TemplateOrder.sorted(r.figures)), r.updatedAt))
                .orElse(new RollupView(code, region.level().key(), region.name(), year, 0, 0,
                        ReportJson.figuresTree(Map.of()), null));
    }
}
