package org.disclosurepipeline.ingest.rest;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.disclosurepipeline.contract.http.Problem;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** 401 and 403 as problem+json like every other refusal (proactive authentication is off so they reach here). */
public class SecurityProblems {

    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class})
    public Response unauthorized(UriInfo uri, RuntimeException e) {
        return respond(uri, Problem.of(401, "Unauthorized",
                "send a valid bearer token: Authorization: Bearer <JWT>"), true);
    }

    @ServerExceptionMapper
    public Response forbidden(UriInfo uri, ForbiddenException e) {
        return respond(uri, Problem.of(403, "Forbidden", "the token's roles do not allow this"), false);
    }

    private static Response respond(UriInfo uri, Problem problem, boolean challenge) {
        Response.ResponseBuilder r = Response.status(problem.status()).type(Problem.MEDIA_TYPE)
                .entity(problem.at(uri.getPath()));
        if (challenge) {
            r.header("WWW-Authenticate", "Bearer");
        }
        return r.build();
    }
}
