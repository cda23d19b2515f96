package org.disclosurepipeline.aggregation.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import org.disclosurepipeline.aggregation.config.AggregationConfig;
import org.disclosurepipeline.aggregation.model.ReviewQueue;
import org.disclosurepipeline.aggregation.service.ReviewQueues;
import org.disclosurepipeline.aggregation.service.TemplateLayout;
import org.disclosurepipeline.aggregation.service.Years;
import org.disclosurepipeline.common.access.Access;
import org.disclosurepipeline.common.access.Roles;
import org.disclosurepipeline.common.http.ProblemException;
import org.disclosurepipeline.core.regions.Region;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * What the dashboard's reviewer workspace reads besides reports and rollups: the years with data, the template's
 * tables, where ingest-service is, and a reviewer's queue. All public except the queue (per-agency findings).
 */
@Path("/api/v1")
public class WorkspaceResource {

    @Inject
    Years years;

    @Inject
    ReviewQueues queues;

    @Inject
    Access access;

    @Inject
    AggregationConfig config;

    @GET
    @Path("/years")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The report years that have reports, latest first")
    public Map<String, List<Integer>> years() {
        return Map.of("years", years.withReports());
    }

    @GET
    @Path("/template")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The template's tables: rows with their Chinese labels, columns, each cell's dotted key")
    public List<TemplateLayout.Table> template() {
        return TemplateLayout.tables();
    }

    @GET
    @Path("/dashboard/config")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The dashboard's settings: ingest-service's base URL (originals, corrections)")
    public Map<String, String> dashboardConfig() {
        return Map.of("ingestUrl", config.dashboard().ingestUrl());
    }

    @GET
    @Path("/review-queue")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.SUBMITTER, Roles.REVIEWER, Roles.VIEWER, Roles.ADMIN})
    @Operation(summary = "A reviewer's queue: the region's current reports with what is left to decide, counts per"
            + " state (OPEN_ERRORS, AWAITING_APPROVAL, APPROVED, RETURNED), the approval states of its parts")
    public ReviewQueue queue(@Parameter(example = "610722", required = true) @QueryParam("region") String region,
            @Parameter(example = "2024", required = true) @QueryParam("year") String year) {
        if (region == null || region.isBlank()) {
            throw ProblemException.field(400, "Bad request", "region", "missing, e.g. ?region=610722&year=2024");
        }
        Region r = Params.region("region", region, true);
        access.requireView(r.code());
        return queues.of(r.code(), Params.year(year));
    }
}
