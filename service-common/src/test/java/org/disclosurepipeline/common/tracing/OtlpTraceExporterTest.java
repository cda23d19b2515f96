package org.disclosurepipeline.common.tracing;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The exporter against a stand-in OTLP/HTTP receiver: what it posts, and that without an endpoint it posts nothing. */
class OtlpTraceExporterTest {

    HttpServer receiver;
    final List<String> contentTypes = new CopyOnWriteArrayList<>();
    final List<byte[]> bodies = new CopyOnWriteArrayList<>();

    @BeforeEach
    void startReceiver() throws IOException {
        receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/v1/traces", exchange -> {
            contentTypes.add(exchange.getRequestHeaders().getFirst("Content-Type"));
            bodies.add(exchange.getRequestBody().readAllBytes());
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        receiver.start();
    }

    @AfterEach
    void stopReceiver() {
        receiver.stop(0);
    }

    static OtlpTraceExporter exporter(String endpoint) {
        OtlpTraceExporter exporter = new OtlpTraceExporter();
        exporter.config = new TracingConfig() {
            @Override
            public Optional<String> otlpEndpoint() {
                return Optional.ofNullable(endpoint);
            }

            @Override
            public Duration otlpTimeout() {
                return Duration.ofSeconds(5);
            }
        };
        return exporter;
    }

    static String traceOneSpan(OtlpTraceExporter exporter) {
        try (SdkTracerProvider tracers = SdkTracerProvider.builder()
                .addSpanProcessor(SimpleSpanProcessor.create(exporter)).build()) {
            Span span = tracers.get("test").spanBuilder("validate report").startSpan();
            span.end();
            tracers.forceFlush().join(10, TimeUnit.SECONDS);
            return span.getSpanContext().getTraceId();
        }
    }

    @Test
    void postsSpansAsOtlpProtobufToV1Traces() {
        String traceId = traceOneSpan(exporter("http://127.0.0.1:" + receiver.getAddress().getPort() + "/"));

        assertThat(contentTypes).containsExactly("application/x-protobuf");
        String body = HexFormat.of().formatHex(bodies.get(0));
        assertThat(body).contains(traceId); // the trace id, as 16 raw bytes
        assertThat(new String(bodies.get(0), java.nio.charset.StandardCharsets.UTF_8)).contains("validate report");
    }

    @Test
    void withoutAnEndpointNothingIsSent() {
        traceOneSpan(exporter(null));
        assertThat(bodies).isEmpty();
    }

    @Test
    void aReceiverThatIsDownFailsTheExportQuietly() {
        int port = receiver.getAddress().getPort();
        receiver.stop(0);
        OtlpTraceExporter exporter = exporter("http://127.0.0.1:" + port);
        assertThat(exporter.export(List.of()).isSuccess()).isTrue(); // nothing to send: nothing tried
        traceOneSpan(exporter); // logs one warning, throws nothing
        assertThat(bodies).isEmpty();
    }

    @Test
    void theTracesPathIsAddedToTheBaseUrl() {
        assertThat(OtlpTraceExporter.tracesUri("http://jaeger:4318")).hasToString("http://jaeger:4318/v1/traces");
        assertThat(OtlpTraceExporter.tracesUri("http://jaeger:4318/")).hasToString("http://jaeger:4318/v1/traces");
    }
}
