package org.disclosurepipeline.common.tracing;

import org.disclosurepipeline.contract.events.CloudEventHeaders;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;

/**
 * Reads the W3C {@code traceparent} header of a record ({@code 00-<trace id>-<span id>-<flags>}): which trace, and so
 * which upload's path, the record belongs to. Writing it is OpenTelemetry's (its W3C propagator).
 */
public final class TraceParent {

    private static final Pattern FORMAT = Pattern.compile("[0-9a-f]{2}-([0-9a-f]{32})-([0-9a-f]{16})-[0-9a-f]{2}");
    private static final String INVALID_TRACE = "0".repeat(32);
    private static final String INVALID_SPAN = "0".repeat(16);

    private TraceParent() {
    }

    /** The trace id (32 lower-case hex digits) of a traceparent value, or empty when it is missing or malformed. */
    public static Optional<String> traceId(String traceparent) {
        if (traceparent == null) {
            return Optional.empty();
        }
        Matcher m = FORMAT.matcher(traceparent.trim());
        if (!m.matches() || m.group(1).equals(INVALID_TRACE) || m.group(2).equals(INVALID_SPAN)) {
            return Optional.empty();
        }
        return Optional.of(m.group(1));
    }

    /** The trace id of a record's last {@code traceparent} header, or empty. */
    public static Optional<String> traceId(Headers headers) {
        Header header = headers == null ? null : headers.lastHeader(CloudEventHeaders.TRACEPARENT);
        return header == null || header.value() == null ? Optional.empty()
                : traceId(new String(header.value(), StandardCharsets.UTF_8));
    }
}
