package org.disclosurepipeline.ingest.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.util.List;
import java.util.UUID;
import org.disclosurepipeline.common.access.Access;
import org.disclosurepipeline.common.access.Roles;
import org.disclosurepipeline.common.http.ProblemException;
import org.disclosurepipeline.common.intake.Bodies;
import org.disclosurepipeline.ingest.config.IngestConfig;
import org.disclosurepipeline.ingest.model.Batch;
import org.disclosurepipeline.ingest.model.BatchItem;
import org.disclosurepipeline.ingest.service.BatchArchive;
import org.disclosurepipeline.ingest.service.BatchService;
import org.disclosurepipeline.ingest.service.ManifestLine;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/** Bulk uploads: a ZIP of reports with a manifest (file,agency,year), and their progress. */
@Path("/api/v1/batches")
public class BatchResource {

    /** A manifest lists at most a few thousand lines: far less than this. */
    static final long MAX_MANIFEST_BYTES = 4 * 1024 * 1024;

    @Inject
    BatchService batches;

    @Inject
    Access access;

    @Inject
    IngestConfig config;

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.SUBMITTER, Roles.ADMIN})
    @Operation(summary = "Upload a batch: form parts 'archive' (ZIP) and 'manifest' (CSV file,agency,year)",
            description = "202 means every listed document found in the archive is stored; follow statusUrl.")
    public Response upload(@RestForm("archive") FileUpload archive, @RestForm("manifest") FileUpload manifest) {
        if (archive == null) {
            throw ProblemException.field(400, "Bad request", "archive", "missing; send the form parts 'archive' (a "
                    + "ZIP of the reports) and 'manifest' (CSV lines file,agency,year)");
        }
        if (manifest == null) {
            throw ProblemException.field(400, "Bad request", "manifest", "missing; send the form part 'manifest' "
                    + "(CSV lines file,agency,year) with the archive");
        }
        if (archive.size() > config.batch().maxArchiveBytes()) {
            throw Bodies.tooLarge("archive", "the archive", config.batch().maxArchiveBytes());
        }
        if (manifest.size() > MAX_MANIFEST_BYTES) {
            throw Bodies.tooLarge("manifest", "the manifest", MAX_MANIFEST_BYTES);
        }
        List<ManifestLine> lines;
        try {
            lines = ManifestLine.parse(Files.readAllBytes(manifest.uploadedFile()), config.batch().maxFiles());
        } catch (IllegalArgumentException e) {
            throw ProblemException.field(400, "Bad request", "manifest", e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Batch batch;
        try {
            batch = batches.register(new BatchArchive(archive.uploadedFile()), lines, access.subject(),
                    access.submitRegion(), access::refusalToSubmit);
        } catch (BatchArchive.DamagedArchiveException e) {
            throw ProblemException.field(400, "Bad request", "archive", e.getMessage());
        }
        String statusUrl = config.publicUrl() + "/api/v1/batches/" + batch.id;
        return Response.accepted(new BatchReceipt(batch.id, statusUrl, lines.size()))
                .location(URI.create(statusUrl)).build();
    }

    @GET
    @Path("/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.SUBMITTER, Roles.REVIEWER, Roles.VIEWER, Roles.ADMIN})
    @Transactional
    @Operation(summary = "Progress of a batch and each file's outcome")
    public BatchView progress(@PathParam("id") String id) {
        Batch batch = null;
        try {
            batch = Batch.findById(UUID.fromString(id));
        } catch (IllegalArgumentException notAUuid) {
            // answered as unknown below
        }
        if (batch == null) {
            throw ProblemException.field(404, "Not found", "id", "no batch '"
                    + (id.length() > 40 ? id.substring(0, 40) + "…" : id) + "'");
        }
        if (!access.seesEverything()) {
            // a batch uploaded by an admin (no region) is visible to viewers and admins only
            access.requireView(batch.region == null ? "" : batch.region);
        }
        return BatchView.of(batch, BatchItem.ofBatch(batch.id), config.publicUrl());
    }
}
