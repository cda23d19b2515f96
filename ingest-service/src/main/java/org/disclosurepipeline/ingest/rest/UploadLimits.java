package org.disclosurepipeline.ingest.rest;

import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.disclosurepipeline.core.json.Json;
import org.disclosurepipeline.contract.http.Problem;
import org.disclosurepipeline.ingest.config.IngestConfig;

/**
 * Refuses an upload whose declared Content-Length is over the limit before a byte of its body is read, with a
 * problem+json 413, and closes the connection so that the client stops sending.
 */
@ApplicationScoped
public class UploadLimits {

    /** Room for multipart boundaries and form fields around the document. */
    static final long FORM_OVERHEAD = 64 * 1024;

    @Inject
    IngestConfig config;

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(this::check);
    }

    private void check(RoutingContext rc) {
        String length = rc.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        String path = rc.normalizedPath();
        long limit = path.startsWith("/api/v1/batches") ? config.batch().maxArchiveBytes() + FORM_OVERHEAD
                : path.startsWith("/api/v1/reports") ? config.maxReportBytes() + FORM_OVERHEAD : -1;
        if (length == null || limit < 0 || !length.matches("\\d{1,18}") || Long.parseLong(length) <= limit) {
            rc.next();
            return;
        }
        Problem problem = Problem.of(413, "Too large", "the body has " + length + " bytes; the limit here is "
                + limit + " bytes").at(path);
        String body;
        try {
            body = Json.mapper().writeValueAsString(problem);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            body = "{\"status\":413}";
        }
        // the rest of the body is still coming: close once the answer is out, so that the client stops sending
        rc.response().endHandler(done -> rc.request().connection().close());
        rc.response().setStatusCode(413).putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .putHeader(HttpHeaders.CONNECTION, "close").end(body);
    }
}
