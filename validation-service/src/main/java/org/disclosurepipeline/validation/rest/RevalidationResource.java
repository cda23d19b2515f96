package org.disclosurepipeline.validation.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import org.disclosurepipeline.common.access.Roles;
import org.disclosurepipeline.contract.events.RegionCode;
import org.disclosurepipeline.common.http.ProblemException;
import org.disclosurepipeline.validation.model.RevalidationJob;
import org.disclosurepipeline.validation.model.Revalidations;
import org.disclosurepipeline.validation.service.Revalidator;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * Re-validation of a year from the log under this deployment's rules version, and its progress. Admins only: it
 * re-reads a year of reports.raw and re-publishes every verdict.
 */
@Path("/api/v1/admin/revalidations")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
public class RevalidationResource {

    @Inject
    Revalidator revalidator;

    @Inject
    Revalidations jobs;

    @POST
    @Operation(summary = "Re-check every report of a year (or of a region in it) under the current rules version",
            description = "Reads reports.raw again; verdicts are published as usual and replace older ones in the"
                    + " rollups. 202 with the job; follow its Location for progress. A job already running for the"
                    + " same year and region is answered instead of starting another.")
    public Response start(
            @Parameter(description = "Report year", required = true, example = "2024") @QueryParam("year") String year,
            @Parameter(description = "Only agencies under this region (2, 4, 6 or 9 digits)", example = "61")
            @QueryParam("region") String region,
            @jakarta.ws.rs.core.Context UriInfo uri) {
        int y = year(year);
        if (region != null && !region.isBlank() && !RegionCode.isRegion(region) && !RegionCode.isAgency(region)) {
            throw ProblemException.field(400, "Bad request", "region", "'" + shorten(region)
                    + "' is not a 2, 4, 6 or 9-digit region code");
        }
        RevalidationJob job = revalidator.start(y, region == null || region.isBlank() ? null : region);
        return Response.accepted(job).location(uri.getAbsolutePathBuilder().path(job.id().toString()).build())
                .build();
    }

    @GET
    @Operation(summary = "The latest re-validations, newest first")
    public List<RevalidationJob> latest() {
        return jobs.latest(20);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "A re-validation's progress: re-checked, changed verdicts and the rules that changed them")
    public RevalidationJob progress(@PathParam("id") String id) {
        UUID uuid;
        try {
            uuid = UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw ProblemException.field(400, "Bad request", "id", "'" + shorten(id) + "' is not a UUID");
        }
        return jobs.find(uuid).orElseThrow(() -> ProblemException.field(404, "Not found", "id",
                "no re-validation " + id));
    }

    private static int year(String value) {
        try {
            int y = Integer.parseInt(value == null ? "" : value.trim());
            if (y >= 2000 && y <= 2100) {
                return y;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw ProblemException.field(400, "Bad request", "year", value == null || value.isBlank()
                ? "missing, e.g. ?year=2024" : "'" + shorten(value) + "' is not a report year (2000 to 2100)");
    }

    private static String shorten(String s) {
        return s.length() <= 40 ? s : s.substring(0, 40) + "…";
    }
}
