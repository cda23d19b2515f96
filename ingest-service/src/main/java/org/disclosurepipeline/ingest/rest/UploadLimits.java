package org.disclosurepipeline.ingest.rest;

import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.disclosurepipeline.common.http.HttpGuards;
import org.disclosurepipeline.ingest.config.IngestConfig;

/**
 * Refuses a batch whose declared Content-Length is over the archive limit before a byte of its body is read (single
 * reports are guarded by the shared {@link HttpGuards}, with the report limit).
 */
@ApplicationScoped
public class UploadLimits {

    @Inject
    IngestConfig config;

    void install(@Observes Router router) {
        router.route("/api/v1/batches").order(Integer.MIN_VALUE + 1).handler(this::check);
    }

    private void check(RoutingContext rc) {
        String length = rc.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        long limit = config.batch().maxArchiveBytes() + HttpGuards.FORM_OVERHEAD;
        if (length != null && length.matches("\\d{1,18}") && Long.parseLong(length) > limit) {
            HttpGuards.refuseTooLarge(rc, Long.parseLong(length), limit);
            return;
        }
        rc.next();
    }
}
