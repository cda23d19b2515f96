package org.disclosurepipeline.common.tracing;

import io.opentelemetry.exporter.internal.otlp.traces.TraceRequestMarshaler;
import io.opentelemetry.sdk.common.CompletableResultCode;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import io.quarkus.arc.Unremovable;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Collection;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Logger;

/**
 * Sends spans to an OTLP/HTTP receiver ({@code tracing.otlp-endpoint}), or drops them when none is configured.
 * Quarkus picks every {@link SpanExporter} bean up (its {@code cdi} exporter) and batches spans for it. A failed
 * export is logged at most once a minute, so a collector that is down does not flood the log.
 */
@Singleton
@Unremovable
public class OtlpTraceExporter implements SpanExporter {

    private static final Logger LOG = Logger.getLogger(OtlpTraceExporter.class.getName());
    private static final long WARN_EVERY_NANOS = Duration.ofMinutes(1).toNanos();

    @Inject
    TracingConfig config;

    private final AtomicLong lastWarning = new AtomicLong(System.nanoTime() - WARN_EVERY_NANOS);
    private volatile HttpClient client;

    @Override
    public CompletableResultCode export(Collection<SpanData> spans) {
        if (config.otlpEndpoint().isEmpty() || spans.isEmpty()) {
            return CompletableResultCode.ofSuccess();
        }
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        try {
            TraceRequestMarshaler.create(spans).writeBinaryTo(body);
        } catch (IOException e) {
            warn("cannot encode " + spans.size() + " spans: " + e.getMessage());
            return CompletableResultCode.ofFailure();
        }
        HttpRequest request = HttpRequest.newBuilder(tracesUri(config.otlpEndpoint().get()))
                .timeout(config.otlpTimeout())
                .header("Content-Type", "application/x-protobuf")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                .build();
        CompletableResultCode result = new CompletableResultCode();
        client().sendAsync(request, HttpResponse.BodyHandlers.discarding()).whenComplete((response, failure) -> {
            if (failure == null && response.statusCode() / 100 == 2) {
                result.succeed();
            } else {
                Throwable cause = failure != null && failure.getCause() != null ? failure.getCause() : failure;
                warn(cause != null ? cause.toString() : "HTTP " + response.statusCode());
                result.fail();
            }
        });
        return result;
    }

    /** {@code <endpoint>/v1/traces}, as the OTLP/HTTP exporters of every OpenTelemetry SDK address it. */
    static URI tracesUri(String endpoint) {
        String base = endpoint.trim();
        return URI.create((base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + "/v1/traces");
    }

    private HttpClient client() {
        if (client == null) {
            client = HttpClient.newBuilder().connectTimeout(config.otlpTimeout()).build();
        }
        return client;
    }

    private void warn(String reason) {
        long now = System.nanoTime();
        long last = lastWarning.get();
        if (now - last >= WARN_EVERY_NANOS && lastWarning.compareAndSet(last, now)) {
            LOG.warning("spans not exported to " + config.otlpEndpoint().orElse("?") + " (" + reason
                    + "); next warning in a minute at the earliest");
        }
    }

    @Override
    public CompletableResultCode flush() {
        return CompletableResultCode.ofSuccess();
    }

    @Override
    public CompletableResultCode shutdown() {
        return CompletableResultCode.ofSuccess();
    }
}
