package org.disclosurepipeline.ingest.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.disclosurepipeline.common.access.Access;
import org.disclosurepipeline.common.access.Roles;
import org.disclosurepipeline.common.http.ProblemException;
import org.disclosurepipeline.ingest.config.IngestConfig;
import org.disclosurepipeline.ingest.model.OriginalDocument;
import org.disclosurepipeline.ingest.model.Submission;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** A submission's status and its original document; submitters and reviewers see only their region's. */
@Path("/api/v1/submissions/{id}")
@RolesAllowed({Roles.SUBMITTER, Roles.REVIEWER, Roles.VIEWER, Roles.ADMIN})
public class SubmissionResource {

    @Inject
    IngestConfig config;

    @Inject
    Access access;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Status of a submission: RECEIVED, then VALIDATED or REJECTED with the findings")
    public SubmissionView status(@PathParam("id") String id) {
        return SubmissionView.of(find(id), config.publicUrl());
    }

    @GET
    @Path("/original")
    @Operation(summary = "The document exactly as it was uploaded")
    public Response original(@PathParam("id") String id) {
        Submission s = find(id);
        OriginalDocument doc = OriginalDocument.findById(s.sha256);
        return Response.ok(doc.content, doc.mediaType)
                .header("Digest", "sha-256=" + s.sha256)
                .build();
    }

    private Submission find(String id) {
        UUID uuid;
        try {
            uuid = UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw ProblemException.field(404, "Not found", "id", "not a submission id (a UUID)");
        }
        Submission s = Submission.findById(uuid);
        if (s == null) {
            throw ProblemException.field(404, "Not found", "id", "no submission " + id);
        }
        access.requireView(s.agencyCode);
        return s;
    }
}
