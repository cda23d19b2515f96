package org.disclosurepipeline.common.http;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Maps every error a service raises to {@code application/problem+json}: the services' own problems, the
 * framework's 4xx (unsupported media type, unknown path, unreadable body), and anything unexpected as a 500
 * without a stack trace (the trace goes to the log).
 */
public final class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class.getName());

    private ProblemMappers() {
    }

    /** The problem as an answer, located at the request's path. */
    public static Response respond(Problem problem, UriInfo uri) {
        Problem located = uri == null ? problem : problem.at(uri.getPath());
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(located).build();
    }

    @Provider
    public static final class ForProblems implements ExceptionMapper<ProblemException> {
        @Context
        UriInfo uri;

        @Override
        public Response toResponse(ProblemException e) {
            return respond(e.problem(), uri);
        }
    }

    @Provider
    public static final class ForWebErrors implements ExceptionMapper<WebApplicationException> {
        @Context
        UriInfo uri;

        @Override
        public Response toResponse(WebApplicationException e) {
            Response.StatusType status = e.getResponse().getStatusInfo();
            String detail = e.getMessage() == null ? status.getReasonPhrase() : e.getMessage();
            return respond(Problem.field(status.getStatusCode(), status.getReasonPhrase(),
                    HttpGuards.fieldOf(status.getStatusCode()), detail), uri);
        }
    }

    @Provider
    public static final class ForUnexpected implements ExceptionMapper<RuntimeException> {
        @Context
        UriInfo uri;

        @Override
        public Response toResponse(RuntimeException e) {
            if (e instanceof WebApplicationException web) {
                return new ForWebErrors().toResponse(web);
            }
            if (HttpGuards.mentions(e, "multipart")) { // the form parser's MalformedMessageException and kin
                return respond(Problem.field(400, "Bad request", "body", "malformed multipart/form-data"), uri);
            }
            if (Unavailable.isDatabaseDown(e)) {
                LOG.log(Level.WARNING, "database unreachable: {0}", e.toString());
                return Response.status(503).type(Problem.MEDIA_TYPE)
                        .header("Retry-After", Unavailable.RETRY_AFTER_SECONDS)
                        .entity(uri == null ? Unavailable.problem() : Unavailable.problem().at(uri.getPath())).build();
            }
            LOG.log(Level.SEVERE, "unexpected error", e);
            return respond(Problem.of(500, "Internal error",
                    "The service could not complete the request; nothing was changed by this request"), uri);
        }
    }
}
