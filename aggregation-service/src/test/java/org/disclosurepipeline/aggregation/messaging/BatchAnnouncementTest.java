package org.disclosurepipeline.aggregation.messaging;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.disclosurepipeline.aggregation.support.SyntheticOutcomes;
import org.disclosurepipeline.contract.events.EventCodec;
import org.disclosurepipeline.contract.events.ReportOutcomeEvent;
import org.disclosurepipeline.contract.events.RollupChangedEvent;
import org.disclosurepipeline.contract.events.Topics;
import org.disclosurepipeline.core.regions.Region;
import org.disclosurepipeline.core.regions.RegionRegistry;
import org.disclosurepipeline.localstack.kafka.TopicProbe;
import org.disclosurepipeline.localstack.quarkus.LocalStackTestResource;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/**
 * Verdicts of one county sent at once are applied in batches, and each batch announces each region it changed
 * once: as many records for the province as for the county, fewer than there were verdicts, the last of them
 * carrying the final figures.
 */
@QuarkusTest
@WithTestResource(value = LocalStackTestResource.class,
        initArgs = @ResourceArg(name = "database", value = "aggregation"))
class BatchAnnouncementTest {

    static final int YEAR = 2039;

    @Inject
    MeterRegistry meters;

    @Test
    void eachBatchAnnouncesEachChangedRegionOnce() {
        SyntheticOutcomes outcomes = new SyntheticOutcomes(2039);
        List<Region> townships = RegionRegistry.bundled().townshipsUnder("610722");
        String bootstrap = ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class);
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap, ProducerConfig.LINGER_MS_CONFIG, 50),
                new StringSerializer(), new StringSerializer())) {
            for (Region t : townships) {
                ReportOutcomeEvent e = outcomes.outcome(t, YEAR, Instant.now(), false);
                producer.send(new ProducerRecord<>(e.topic(), e.countyCode(), EventCodec.encode(e)));
            }
        }
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given().get("/api/v1/rollups/61?year=" + YEAR)
                .then().statusCode(200).body("validatedReports", equalTo(townships.size())));

        TopicProbe kafka = new TopicProbe(bootstrap);
        Map<String, List<ConsumerRecord<String, String>>> announced = Map.of(
                "610722", changes(kafka, "610722"), "6107", changes(kafka, "6107"), "61", changes(kafka, "61"));
        int batches = announced.get("610722").size();
        assertThat(batches).isLessThan(townships.size());
        assertThat(announced.get("6107")).hasSize(batches);
        assertThat(announced.get("61")).hasSize(batches);
        for (List<ConsumerRecord<String, String>> records : announced.values()) {
            RollupChangedEvent last = EventCodec.decode(records.get(records.size() - 1).value(),
                    RollupChangedEvent.class);
            assertThat(last.validatedReports()).isEqualTo(townships.size());
        }
        assertThat(meters.find("aggregation.batch.size").summary().max()).isGreaterThan(1);
    }

    static List<ConsumerRecord<String, String>> changes(TopicProbe kafka, String region) {
        return kafka.readAll(Topics.ROLLUPS_CHANGED, r -> region.equals(r.key())
                && r.value().contains("\"year\":" + YEAR), Duration.ofSeconds(2));
    }
}
