package org.disclosurepipeline.validation.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.disclosurepipeline.contract.events.EventCodec;
import org.disclosurepipeline.contract.events.RawReportEvent;
import org.disclosurepipeline.contract.events.Topics;
import org.disclosurepipeline.localstack.kafka.TopicProbe;
import org.disclosurepipeline.localstack.quarkus.LocalStackTestResource;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/**
 * Raw reports sent at once are validated a poll at a time: every one gets exactly one verdict, an unreadable
 * record among them goes alone to the dead-letter topic, and the batches really hold more than one report.
 */
@QuarkusTest
@WithTestResource(value = LocalStackTestResource.class,
        initArgs = @ResourceArg(name = "database", value = "validation"))
class BatchConsumptionTest {

    @Inject
    MeterRegistry meters;

    static String bootstrap() {
        return ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class);
    }

    @Test
    void manyReportsAtOnceGetOneVerdictEachAndAJunkRecordAmongThemIsDeadLettered() throws IOException {
        // the seed report of 2024, as if it were of 2036 (so that its year agrees with the submission's)
        String text = Files.readString(Path.of("../samples/000-erli-610722111.txt")).replace("2024年", "2036年")
                .replace("2025年", "2037年");
        List<RawReportEvent> events = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            events.add(new RawReportEvent(UUID.randomUUID(), "610722111", null, 2036, Instant.now(), "text",
                    "0".repeat(64), text.length(), text, null));
        }
        String junk = "junk " + UUID.randomUUID();
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap(), ProducerConfig.LINGER_MS_CONFIG, 50),
                new StringSerializer(), new StringSerializer())) {
            for (int i = 0; i < events.size(); i++) {
                if (i == 20) {
                    producer.send(new ProducerRecord<>(Topics.RAW, "610722", junk));
                }
                producer.send(new ProducerRecord<>(Topics.RAW, "610722", EventCodec.encode(events.get(i))));
            }
        }
        Set<String> ids = new HashSet<>(events.stream().map(e -> e.submissionId().toString()).toList());
        TopicProbe kafka = new TopicProbe(bootstrap());
        List<ConsumerRecord<String, String>> verdicts = kafka.await(Topics.VALIDATED,
                r -> ids.contains(TopicProbe.header(r, "ce_id")), ids.size(), Duration.ofSeconds(60));
        assertThat(verdicts).hasSize(ids.size());
        assertThat(verdicts.stream().map(r -> TopicProbe.header(r, "ce_id"))).doesNotHaveDuplicates();
        assertThat(kafka.readAll(Topics.VALIDATED, r -> ids.contains(TopicProbe.header(r, "ce_id")),
                Duration.ofSeconds(2))).hasSize(ids.size());
        assertThat(kafka.await(Topics.RAW_DEAD_LETTER, r -> junk.equals(r.value()), 1, Duration.ofSeconds(30)))
                .hasSize(1);
        assertThat(new String(kafka.await(Topics.RAW_DEAD_LETTER, r -> junk.equals(r.value()), 1,
                Duration.ofSeconds(5)).get(0).headers().lastHeader("dead-letter-reason").value(),
                StandardCharsets.UTF_8)).contains("RawReportEvent");

        DistributionSummary batches = meters.find("validation.batch.size").summary();
        assertThat(batches).isNotNull();
        assertThat(batches.max()).as("the largest batch").isGreaterThan(1);
    }

    @Inject
    org.disclosurepipeline.validation.service.ValidationBatches batches;

    @Test
    void aRecordTwiceInOnePollGetsOneVerdict() throws IOException { // the batch failed for good: stuck under retries
        String text = Files.readString(Path.of("../samples/000-erli-610722111.txt")).replace("2024年", "2036年")
                .replace("2025年", "2037年");
        RawReportEvent twice = new RawReportEvent(UUID.randomUUID(), "610722111", null, 2036, Instant.now(), "text",
                "0".repeat(64), text.length(), text, null);
        assertThat(batches.validateAndPublish(List.of(twice, twice), null)).hasSize(1)
                .allMatch(o -> o.submissionId().equals(twice.submissionId()));
    }
}
