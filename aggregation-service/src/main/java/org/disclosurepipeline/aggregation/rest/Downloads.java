package org.disclosurepipeline.aggregation.rest;

import jakarta.ws.rs.core.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.disclosurepipeline.aggregation.export.RowSink;
import org.disclosurepipeline.common.http.ProblemException;

/**
 * Files to download: the format asked for, and a Content-Disposition that names the file in Chinese (RFC 6266
 * {@code filename*} with RFC 5987 UTF-8 percent-encoding) with an ASCII {@code filename} for old clients.
 */
final class Downloads {

    private Downloads() {
    }

    /** csv (the default) or xlsx; anything else is a 400 naming {@code format}. */
    static RowSink.Format format(String value) {
        if (value == null || value.isBlank()) {
            return RowSink.Format.CSV;
        }
        RowSink.Format format = RowSink.Format.of(value.strip());
        if (format == null) {
            throw ProblemException.field(400, "Bad request", "format", "'" + Params.shorten(value)
                    + "' is not csv or xlsx");
        }
        return format;
    }

    /** A file answered with its name; the body is the bytes or a {@link jakarta.ws.rs.core.StreamingOutput}. */
    static Response file(Object body, String mediaType, String asciiName, String name) {
        return Response.ok(body, mediaType).header("Content-Disposition", disposition(asciiName, name))
                .header("Cache-Control", "no-store").build();
    }

    /** {@code attachment; filename="problems-610722-2024.csv"; filename*=UTF-8''%E5%9F%8E…csv}. */
    static String disposition(String asciiName, String name) {
        return "attachment; filename=\"" + asciiName + "\"; filename*=UTF-8''" + rfc5987(name);
    }

    /** Percent-encodes all but RFC 5987's attr-chars (URLEncoder's '+' for a space is not one of them). */
    static String rfc5987(String name) {
        return URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20").replace("*", "%2A")
                .replace("%7E", "~");
    }
}
