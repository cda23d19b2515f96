package org.disclosurepipeline.aggregation.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.disclosurepipeline.aggregation.model.PipelineHealth;
import org.disclosurepipeline.aggregation.service.PipelineStats;
import org.disclosurepipeline.common.access.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Pipeline health for the dashboard's operators; Prometheus reads the same figures at /q/metrics. */
@Path("/api/v1/ops/pipeline")
@RolesAllowed({Roles.VIEWER, Roles.ADMIN})
public class OpsResource {

    @Inject
    PipelineStats stats;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Verdicts applied per second, consumer lag and dead-letter counts")
    public PipelineHealth pipeline() {
        return stats.snapshot();
    }
}
