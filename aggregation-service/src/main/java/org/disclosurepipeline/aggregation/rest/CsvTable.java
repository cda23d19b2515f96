package org.disclosurepipeline.aggregation.rest;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.disclosurepipeline.aggregation.model.Page;

/**
 * A list answered as JSON or, when the client prefers it ({@code Accept: text/csv}), as CSV (RFC 4180, UTF-8 with
 * a byte-order mark so that spreadsheet programs read the Chinese names correctly).
 */
final class CsvTable {

    static final String TEXT_CSV = "text/csv";
    static final MediaType CSV = new MediaType("text", "csv", "utf-8");
    static final String TOTAL_COUNT = "X-Total-Count";

    private CsvTable() {
    }

    /** {@code ?format=csv} (for plain links) or an Accept header that prefers text/csv over JSON. */
    static boolean wantsCsv(HttpHeaders headers, UriInfo uri) {
        if ("csv".equals(uri.getQueryParameters().getFirst("format"))) {
            return true;
        }
        for (MediaType accepted : headers.getAcceptableMediaTypes()) {
            if (accepted.isCompatible(MediaType.APPLICATION_JSON_TYPE) && !accepted.isWildcardType()) {
                return false;
            }
            if (accepted.getType().equals("text") && accepted.getSubtype().equals("csv")) {
                return true;
            }
        }
        return false;
    }

    /** The rows as JSON, or as CSV with the given header and one line per row. */
    static <T> Response respond(HttpHeaders headers, UriInfo uri, List<T> rows, List<String> header,
            Function<T, List<?>> values, String filename) {
        if (!wantsCsv(headers, uri)) {
            return Response.ok(rows, MediaType.APPLICATION_JSON_TYPE).build();
        }
        List<List<?>> lines = new ArrayList<>(rows.size() + 1);
        lines.add(header);
        rows.forEach(r -> lines.add(values.apply(r)));
        return Response.ok(write(lines), CSV)
                .header("Content-Disposition", "inline; filename=\"" + filename + ".csv\"").build();
    }

    /**
     * A page of rows as {@link #respond} answers them, with the total in {@code X-Total-Count} and, when more rows
     * follow, a {@code Link: <…offset=…>; rel="next"} header.
     */
    static <T> Response respond(HttpHeaders headers, UriInfo uri, Page<T> page, List<String> header,
            Function<T, List<?>> values, String filename) {
        Response answer = respond(headers, uri, page.items(), header, values, filename);
        Response.ResponseBuilder builder = Response.fromResponse(answer).header(TOTAL_COUNT, page.total());
        if (page.hasMore()) {
            URI next = uri.getRequestUriBuilder().replaceQueryParam("offset", page.offset() + page.items().size())
                    .replaceQueryParam("limit", page.limit()).build();
            builder.link(next, "next");
        }
        return builder.build();
    }

    static String write(List<List<?>> lines) {
        StringBuilder out = new StringBuilder("\uFEFF");
        for (List<?> line : lines) {
            for (int i = 0; i < line.size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                out.append(quote(line.get(i)));
            }
            out.append("\r\n");
        }
        return out.toString();
    }

    private static String quote(Object value) {
        if (value == null) {
            return "";
        }
        String s = value instanceof java.math.BigDecimal d ? d.toPlainString() : value.toString();
        return s.matches("[^\",\r\n]*") ? s : '"' + s.replace("\"", "\"\"") + '"';
    }
}
