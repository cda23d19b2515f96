package org.disclosurepipeline.ingest.messaging;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Future;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.serialization.StringSerializer;
import org.disclosurepipeline.common.kafka.KafkaCloudEvents;
import org.disclosurepipeline.contract.events.CloudEvent;
import org.disclosurepipeline.contract.events.CloudEventHeaders;
import org.disclosurepipeline.common.tracing.RecordTraces;
import org.disclosurepipeline.ingest.config.IngestConfig;
import org.disclosurepipeline.ingest.model.OutboxEvent;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The Kafka producer of the outbox relay (the plain Apache Kafka client: the relay needs to know exactly when each
 * record is acknowledged). Records carry the CloudEvents headers that {@link CloudEvent} writes and the upload's
 * W3C trace context.
 */
@ApplicationScoped
public class OutboxProducer {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    IngestConfig config;

    @Inject
    Tracer tracer;

    private KafkaProducer<String, String> producer;

    private synchronized KafkaProducer<String, String> producer() {
        if (producer == null) {
            Map<String, Object> props = new HashMap<>();
            config.outbox().producer().forEach((k, v) -> props.put(k.replace('-', '.'), v));
            props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
            props.put(ProducerConfig.CLIENT_ID_CONFIG, "ingest-outbox-relay");
            producer = new KafkaProducer<>(props, new StringSerializer(), new StringSerializer());
        }
        return producer;
    }

    /**
     * Sends in a producer span of the upload's trace (kept with the outbox row), which ends when the broker answers;
     * the record's {@code traceparent} names that span, so that validation continues the same trace.
     */
    public Future<RecordMetadata> send(OutboxEvent event) {
        CloudEvent ce = new CloudEvent(event.eventId, event.eventType, CloudEvent.INGEST, event.subject,
                event.createdAt);
        Context upload = RecordTraces.fromHeaders(storedTrace(event));
        Span span = tracer.spanBuilder(event.topic + " publish").setSpanKind(SpanKind.PRODUCER).setParent(upload)
                .setAttribute("messaging.system", "kafka")
                .setAttribute("messaging.destination.name", event.topic)
                .setAttribute("messaging.message.id", event.eventId).startSpan();
        Headers headers = KafkaCloudEvents.headers(ce);
        RecordTraces.inject(upload.with(span), headers);
        try {
            return producer().send(new ProducerRecord<>(event.topic, null, event.messageKey, event.payload,
                    headers), (metadata, failure) -> ended(span, failure));
        } catch (RuntimeException e) {
            ended(span, e);
            throw e;
        }
    }

    private static void ended(Span span, Exception failure) {
        if (failure != null) {
            span.setStatus(StatusCode.ERROR, failure.getMessage());
        }
        span.end();
    }

    private static Map<String, String> storedTrace(OutboxEvent event) {
        Map<String, String> trace = new HashMap<>();
        if (event.traceParent != null) {
            trace.put(CloudEventHeaders.TRACEPARENT, event.traceParent);
        }
        if (event.traceState != null) {
            trace.put(CloudEventHeaders.TRACESTATE, event.traceState);
        }
        return trace;
    }

    @PreDestroy
    synchronized void close() {
        if (producer != null) {
            producer.close(Duration.ofSeconds(10));
        }
    }
}
