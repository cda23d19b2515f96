package org.disclosurepipeline.common.http;

import java.util.List;

/**
 * An error answer, {@code application/problem+json} (RFC 9457): what went wrong and where, never a stack trace.
 *
 * @param type     a URI naming the kind of problem ("about:blank" when only the status says it)
 * @param title    short summary of the kind of problem
 * @param status   the HTTP status
 * @param detail   what happened in this case, naming the place and the reason
 * @param instance the request path
 * @param errors   the individual problems with the request's parts, when there are several
 */
public record Problem(String type, String title, int status, String detail, String instance,
        List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** One part of the request that is wrong: the parameter or field and why. */
    public record FieldError(String field, String reason) {
    }

    public static Problem of(int status, String title, String detail) {
        return new Problem("about:blank", title, status, detail, null, null);
    }

    /** A refusal of one part of the request: detail "field: reason", and the field error. */
    public static Problem field(int status, String title, String field, String reason) {
        return new Problem("about:blank", title, status, field + ": " + reason, null,
                List.of(new FieldError(field, reason)));
    }

    public Problem at(String path) {
        return new Problem(type, title, status, detail, path, errors);
    }

    public Problem withErrors(List<FieldError> fieldErrors) {
        return new Problem(type, title, status, detail, instance, List.copyOf(fieldErrors));
    }
}
