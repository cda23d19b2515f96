package org.disclosurepipeline.aggregation.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.disclosurepipeline.aggregation.service.RollupRepairs;
import org.disclosurepipeline.common.access.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** Repairs: recompute rollups from the stored facts (it locks the rollup table: admins only). */
@Path("/api/v1/admin")
@RolesAllowed(Roles.ADMIN)
public class AdminResource {

    @Inject
    RollupRepairs repairs;

    /** What a rebuild did: the years rebuilt and the rollups whose figures it changed (the first 100 named). */
    public record RebuildResult(List<Integer> years, int changedRollups, List<String> changedRegions) {
    }

    @POST
    @Path("/rollups/rebuild")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Recompute the rollups of a year (or of every year) from the stored per-report facts")
    public RebuildResult rebuild(@Parameter(description = "Report year; all years when absent") @QueryParam("year") String year) {
        List<Integer> years = year == null || year.isBlank() ? null : List.of(Params.year(year));
        RollupRepairs.Repaired done = repairs.rebuild(years);
        return new RebuildResult(done.years(), done.changed().size(), done.changed().stream().limit(100).toList());
    }
}
