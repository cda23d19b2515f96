package org.disclosurepipeline.ingest.messaging;

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
import org.apache.kafka.common.serialization.StringSerializer;
import org.disclosurepipeline.common.kafka.KafkaCloudEvents;
import org.disclosurepipeline.contract.events.CloudEvent;
import org.disclosurepipeline.ingest.config.IngestConfig;
import org.disclosurepipeline.ingest.model.OutboxEvent;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The Kafka producer of the outbox relay (the plain Apache Kafka client: the relay needs to know exactly when each
 * record is acknowledged). Records carry the CloudEvents headers that {@link CloudEvent} writes.
 */
@ApplicationScoped
public class OutboxProducer {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    IngestConfig config;

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

    public Future<RecordMetadata> send(OutboxEvent event) {
        CloudEvent ce = new CloudEvent(event.eventId, event.eventType, CloudEvent.INGEST, event.subject,
                event.createdAt);
        return producer().send(new ProducerRecord<>(event.topic, null, event.messageKey, event.payload,
                KafkaCloudEvents.headers(ce)));
    }

    @PreDestroy
    synchronized void close() {
        if (producer != null) {
            producer.close(Duration.ofSeconds(10));
        }
    }
}
