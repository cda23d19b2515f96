package org.disclosurepipeline.common.tracing;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/**
 * Where spans go ({@code tracing.*}). Trace ids are made and travel in the Kafka headers whether or not spans are
 * exported; Quarkus' own OTLP exporter cannot be switched off at run time (it would try localhost:4317 and log
 * every failure), so the services export with {@link OtlpTraceExporter} when an endpoint is set.
 */
@ConfigMapping(prefix = "tracing")
public interface TracingConfig {

    /**
     * Base URL of an OTLP/HTTP receiver (a collector, or Jaeger: {@code http://localhost:4318}); spans are posted
     * to {@code <url>/v1/traces} as protobuf. Unset (the default): spans are not exported.
     */
    Optional<String> otlpEndpoint();

    /** How long one export may take. */
    @WithDefault("10s")
    Duration otlpTimeout();
}
