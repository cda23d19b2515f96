package org.disclosurepipeline.common.access;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.disclosurepipeline.common.http.Problem;
import org.disclosurepipeline.common.http.ProblemMappers;

/**
 * 401 and 403 as problem+json like every other refusal. The services authenticate lazily
 * ({@code quarkus.http.auth.proactive=false}), so that these exceptions reach the REST layer.
 */
public final class AccessProblems {

    private AccessProblems() {
    }

    static Response respond(UriInfo uri, Problem problem, boolean challenge) {
        Response answer = ProblemMappers.respond(problem, uri);
        return challenge ? Response.fromResponse(answer).header("WWW-Authenticate", "Bearer").build() : answer;
    }

    @Provider
    public static final class ForUnauthorized implements ExceptionMapper<UnauthorizedException> {
        @Context
        UriInfo uri;

        @Override
        public Response toResponse(UnauthorizedException e) {
            return respond(uri, unauthorized(), true);
        }
    }

    @Provider
    public static final class ForFailedAuthentication implements ExceptionMapper<AuthenticationFailedException> {
        @Context
        UriInfo uri;

        @Override
        public Response toResponse(AuthenticationFailedException e) {
            return respond(uri, unauthorized(), true);
        }
    }

    @Provider
    public static final class ForForbidden implements ExceptionMapper<ForbiddenException> {
        @Context
        UriInfo uri;

        @Override
        public Response toResponse(ForbiddenException e) {
            return respond(uri, Problem.field(403, "Forbidden", "Authorization",
                    "the token's roles do not allow this"), false);
        }
    }

    static Problem unauthorized() {
        return Problem.field(401, "Unauthorized", "Authorization",
                "send a valid bearer token (Authorization: Bearer <JWT>): it is missing, expired, or not signed "
                        + "by a trusted key");
    }
}
