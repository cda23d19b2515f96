package org.disclosurepipeline.aggregation.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.List;
import org.disclosurepipeline.aggregation.service.DeadLetters;
import org.disclosurepipeline.common.access.Roles;
import org.disclosurepipeline.common.http.ProblemException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The pipeline's dead-letter topics (records that could not be read at all): list what waits, and replay a topic to
 * where its records came from once the cause is fixed. Admins only; the topics are the pipeline's, not only this
 * service's, and this is the service operators already use.
 */
@Path("/api/v1/admin/dead-letters")
@RolesAllowed(Roles.ADMIN)
public class DeadLetterResource {

    private static final int MAX_LISTED = 500;

    @Inject
    DeadLetters deadLetters;

    /** One dead-letter topic: its waiting records (the first {@code limit}). */
    public record Waiting(String topic, int listed, List<DeadLetters.DeadLetter> records) {
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Records waiting on the dead-letter topics (not yet replayed), with their reasons")
    public List<Waiting> list(@Parameter(description = "One dead-letter topic; all when absent") @QueryParam("topic")
            String topic, @Parameter(description = "Most records listed per topic (default 50, at most 500)")
            @QueryParam("limit") String limit) {
        int most = limit(limit);
        List<Waiting> out = new ArrayList<>();
        for (String t : topics(topic)) {
            List<DeadLetters.DeadLetter> records = deadLetters.waiting(t, most);
            out.add(new Waiting(t, records.size(), records));
        }
        return out;
    }

    @POST
    @Path("/replay")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Send a dead-letter topic's waiting records back to the topics they came from")
    public List<DeadLetters.Replayed> replay(@Parameter(description = "One dead-letter topic; all when absent")
            @QueryParam("topic") String topic) throws Exception {
        List<DeadLetters.Replayed> out = new ArrayList<>();
        for (String t : topics(topic)) {
            out.add(deadLetters.replay(t));
        }
        return out;
    }

    private static List<String> topics(String topic) {
        if (topic == null || topic.isBlank()) {
            return DeadLetters.TOPICS;
        }
        if (!DeadLetters.TOPICS.contains(topic)) {
            throw ProblemException.field(400, "Bad request", "topic", "not a dead-letter topic; one of "
                    + DeadLetters.TOPICS);
        }
        return List.of(topic);
    }

    private static int limit(String limit) {
        if (limit == null || limit.isBlank()) {
            return 50;
        }
        try {
            int n = Integer.parseInt(limit.trim());
            if (n >= 1 && n <= MAX_LISTED) {
                return n;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw ProblemException.field(400, "Bad request", "limit", "a whole number from 1 to " + MAX_LISTED);
    }
}
