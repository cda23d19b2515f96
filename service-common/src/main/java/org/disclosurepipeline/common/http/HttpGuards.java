package org.disclosurepipeline.common.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MediaType;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.disclosurepipeline.common.intake.IntakeConfig;
import org.disclosurepipeline.core.json.Json;

/**
 * What every service checks before a request reaches its resources, and how it answers what fails before them,
 * always as problem+json: a Content-Type or Accept header that cannot be parsed, a multipart body without a
 * boundary, a declared Content-Length over the report limit (refused unread), and the framework's own failures
 * (a body over the size limit, malformed multipart) that would otherwise get its error page.
 */
@ApplicationScoped
public class HttpGuards {

    private static final Logger LOG = Logger.getLogger(HttpGuards.class.getName());

    /** Room for multipart boundaries and form fields around a document. */
    public static final long FORM_OVERHEAD = 64 * 1024;

    @Inject
    IntakeConfig intake;

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(this::check);
        router.route().order(Integer.MIN_VALUE).failureHandler(HttpGuards::failed);
    }

    private void check(RoutingContext rc) {
        List<String> types = rc.request().headers().getAll(HttpHeaders.CONTENT_TYPE);
        if (types.size() > 1) {
            refuse(rc, 400, "Bad request", "Content-Type", "given " + types.size() + " times; give one type");
            return;
        }
        String type = types.isEmpty() ? null : types.get(0);
        String typeProblem = type == null ? null : contentTypeProblem(type);
        if (typeProblem != null) {
            refuse(rc, 415, "Unsupported Media Type", "Content-Type", typeProblem);
            return;
        }
        String accept = rc.request().getHeader(HttpHeaders.ACCEPT);
        if (accept != null && !parses(accept.split(","))) {
            refuse(rc, 400, "Bad request", "Accept", "'" + shorten(accept) + "' cannot be parsed as media types");
            return;
        }
        String length = rc.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length != null && length.matches("\\d{1,18}")
                && intake.reportPaths().orElse(List.of()).contains(rc.normalizedPath())
                && Long.parseLong(length) > intake.maxReportBytes() + FORM_OVERHEAD) {
            refuseTooLarge(rc, Long.parseLong(length), intake.maxReportBytes() + FORM_OVERHEAD);
            return;
        }
        rc.next();
    }

    static String contentTypeProblem(String type) {
        MediaType parsed;
        try {
            parsed = MediaType.valueOf(type);
        } catch (RuntimeException e) {
            return "'" + shorten(type) + "' cannot be parsed as a media type (type/subtype; parameters)";
        }
        if (parsed.getType().equals("multipart") && parsed.getParameters().getOrDefault("boundary", "").isBlank()) {
            return "'" + shorten(type) + "' has no boundary parameter";
        }
        return null;
    }

    private static boolean parses(String[] types) {
        try {
            for (String t : types) {
                if (!t.isBlank()) {
                    MediaType.valueOf(t.strip());
                }
            }
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    /**
     * 413 from the declared length, before a byte of the body is read; the connection is closed once the answer
     * is out, so that the client stops sending.
     */
    public static void refuseTooLarge(RoutingContext rc, long declared, long limit) {
        rc.response().endHandler(done -> rc.request().connection().close());
        rc.response().putHeader(HttpHeaders.CONNECTION, "close");
        refuse(rc, 413, "Too large", "body", "the body has " + declared + " bytes; the limit here is " + limit
                + " bytes");
    }

    /** Failures before or around the resources (the body handler, multipart decoding) as problem+json. */
    private static void failed(RoutingContext rc) {
        if (rc.response().headWritten()) {
            rc.next();
            return;
        }
        Throwable failure = rc.failure();
        int status = rc.statusCode();
        if (failure != null && Unavailable.isDatabaseDown(failure)) {
            rc.response().putHeader("Retry-After", Integer.toString(Unavailable.RETRY_AFTER_SECONDS));
            send(rc, Unavailable.problem());
        } else if (status == 413) {
            refuse(rc, 413, "Too large", "body", "the body is larger than this endpoint accepts");
        } else if (failure != null && mentions(failure, "multipart")) {
            refuse(rc, 400, "Bad request", "body", "malformed multipart/form-data: " + shorten(
                    String.valueOf(failure.getMessage())));
        } else if (failure != null && mentions(failure, "media type")) {
            refuse(rc, 415, "Unsupported Media Type", "Content-Type", shorten(String.valueOf(failure.getMessage())));
        } else if (status >= 400 && status < 500) {
            refuse(rc, status, "Bad request", fieldOf(status), "the request cannot be read"
                    + (failure == null ? "" : ": " + shorten(String.valueOf(failure.getMessage()))));
        } else {
            LOG.log(Level.SEVERE, "unexpected failure of " + rc.normalizedPath(), failure);
            send(rc, Problem.of(500, "Internal error",
                    "The service could not complete the request; nothing was changed by this request"));
        }
    }

    /** The part of the request a framework status is about. */
    static String fieldOf(int status) {
        return switch (status) {
            case 401, 403 -> "Authorization";
            case 404 -> "path";
            case 405 -> "method";
            case 406 -> "Accept";
            case 415 -> "Content-Type";
            default -> "body";
        };
    }

    static boolean mentions(Throwable failure, String word) {
        Set<Throwable> seen = new HashSet<>();
        for (Throwable t = failure; t != null && seen.add(t); t = t.getCause()) {
            String text = (t.getClass().getName() + " " + t.getMessage()).toLowerCase(Locale.ROOT);
            if (text.contains(word)) {
                return true;
            }
        }
        return false;
    }

    private static void refuse(RoutingContext rc, int status, String title, String field, String reason) {
        send(rc, Problem.field(status, title, field, reason));
    }

    private static void send(RoutingContext rc, Problem problem) {
        String body;
        try {
            body = Json.mapper().writeValueAsString(problem.at(rc.normalizedPath()));
        } catch (JsonProcessingException e) {
            body = "{\"status\":" + problem.status() + "}";
        }
        rc.response().setStatusCode(problem.status()).putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .end(body);
    }

    static String shorten(String s) {
        return s.length() > 100 ? s.substring(0, 100) + "…" : s;
    }
}
