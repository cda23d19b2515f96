package org.disclosurepipeline.validation.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.disclosurepipeline.contract.events.CorrectedCell;
import org.disclosurepipeline.contract.events.CorrectionSummary;
import org.disclosurepipeline.contract.events.EventCodec;
import org.disclosurepipeline.contract.events.Finding;
import org.disclosurepipeline.contract.events.RawReportEvent;
import org.disclosurepipeline.contract.events.ReportOutcomeEvent;
import org.disclosurepipeline.contract.events.Topics;
import org.disclosurepipeline.contract.events.Verdict;
import org.disclosurepipeline.common.tracing.TraceParent;
import org.disclosurepipeline.localstack.kafka.TopicProbe;
import org.disclosurepipeline.localstack.quarkus.LocalStackTestResource;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/** Through the real broker: raw events in, verdicts out, unreadable records to the dead-letter topic. */
@QuarkusTest
@WithTestResource(value = LocalStackTestResource.class,
        initArgs = @ResourceArg(name = "database", value = "validation"))
class RawReportConsumerTest {

    static final Duration WAIT = Duration.ofSeconds(30);

    TopicProbe kafka() {
        return new TopicProbe(ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class));
    }

    static String seed(String name) throws IOException {
        return Files.readString(Path.of("../samples", name));
    }

    static RawReportEvent raw(String agency, String text) {
        return new RawReportEvent(UUID.randomUUID(), agency, null, 2024, Instant.now(), "text", "0".repeat(64),
                text.length(), text, null);
    }

    ConsumerRecord<String, String> send(RawReportEvent event, String topic) {
        kafka().send(Topics.RAW, event.countyCode(), EventCodec.encode(event), Map.of());
        List<ConsumerRecord<String, String>> out = kafka().await(topic,
                r -> event.submissionId().toString().equals(TopicProbe.header(r, "ce_id")), 1, WAIT);
        assertThat(out).as("a verdict for %s on %s", event.submissionId(), topic).hasSize(1);
        return out.get(0);
    }

    @Test
    void aSeedReportIsValidatedAndPublishedAsACloudEvent() throws IOException {
        RawReportEvent event = raw("410425108", seed("002-likou-410425108.txt"));
        ConsumerRecord<String, String> record = send(event, Topics.VALIDATED);

        assertThat(record.key()).isEqualTo("410425");
        assertThat(TopicProbe.header(record, "ce_type")).isEqualTo("report.validated.v1");
        assertThat(TopicProbe.header(record, "ce_subject")).isEqualTo("410425108");
        assertThat(TopicProbe.header(record, "ce_source")).isEqualTo("/disclosure-pipeline/validation-service");
        assertThat(TopicProbe.header(record, "ce_rulesversion")).isNotBlank();
        ReportOutcomeEvent outcome = EventCodec.decode(record.value(), ReportOutcomeEvent.class);
        assertThat(outcome.verdict()).isEqualTo(Verdict.VALIDATED);
        assertThat(outcome.report().decimal("applications.newReceived.total")).isZero();
        assertThat(outcome.findings()).noneMatch(Finding::isError);
    }

    @Test
    void eachVerdictContinuesTheTraceOfItsOwnRawRecord() throws IOException {
        // two uploads of two traces, sent together so that they are likely to be read in one batch
        RawReportEvent first = raw("610722111", seed("000-erli-610722111.txt"));
        RawReportEvent second = raw("410425108", seed("002-likou-410425108.txt"));
        String firstTrace = "4bf92f3577b34da6a3ce929d0e0e4736";
        String secondTrace = "0af7651916cd43dd8448eb211c80319c";
        kafka().send(Topics.RAW, first.countyCode(), EventCodec.encode(first),
                Map.of("traceparent", "00-" + firstTrace + "-00f067aa0ba902b7-01"));
        kafka().send(Topics.RAW, second.countyCode(), EventCodec.encode(second),
                Map.of("traceparent", "00-" + secondTrace + "-b7ad6b7169203331-01"));

        for (var expected : Map.of(first, firstTrace, second, secondTrace).entrySet()) {
            ConsumerRecord<String, String> verdict = kafka().await(Topics.VALIDATED,
                    r -> expected.getKey().submissionId().toString().equals(TopicProbe.header(r, "ce_id")), 1, WAIT)
                    .get(0);
            assertThat(TraceParent.traceId(verdict.headers())).contains(expected.getValue());
            // a span of validation's own, not the uploader's span passed on
            assertThat(TopicProbe.header(verdict, "traceparent")).doesNotContain("00f067aa0ba902b7", "b7ad6b7169203331");
        }
    }

    @Test
    void aCorrectionOfAMisreadCellIsAppliedBeforeTheRulesAndSummarisedOnTheOutcome() throws IOException {
        String misread = seed("002-likou-410425108.txt").replace("二、上年结转政府信息公开申请数量\t\t0\t0\t",
                "二、上年结转政府信息公开申请数量\t\t0\tO\t");
        RawReportEvent upload = raw("410425108", misread);
        ReportOutcomeEvent rejected = EventCodec.decode(send(upload, Topics.REJECTED).value(), ReportOutcomeEvent.class);
        assertThat(rejected.findings()).filteredOn(Finding::isError).extracting(Finding::rule)
                .containsExactly("R-NUM-VALID");
        assertThat(rejected.correction()).isNull();

        String cell = "applications.carriedOver.commercialEnterprise";
        RawReportEvent correction = new RawReportEvent(UUID.randomUUID(), "410425108", null, 2024,
                upload.receivedAt().plusSeconds(60), "text", upload.sha256(), upload.sizeBytes(), misread,
                "reviewer-410425", upload.submissionId(), List.of(new CorrectedCell(cell, "0", null)),
                "reviewer-410425", "原件为0，解析误读为字母O");
        ReportOutcomeEvent validated = EventCodec.decode(send(correction, Topics.VALIDATED).value(),
                ReportOutcomeEvent.class);

        assertThat(validated.verdict()).isEqualTo(Verdict.VALIDATED);
        assertThat(validated.report().decimal(cell)).isZero();
        assertThat(validated.findings()).filteredOn(f -> f.rule().equals("R-CELL-CORRECTED")).singleElement()
                .satisfies(f -> {
                    assertThat(f.cells()).containsExactly(cell);
                    assertThat(f.messageZh()).contains("reviewer-410425").contains("原件为0，解析误读为字母O");
                });
        assertThat(validated.correction()).isEqualTo(new CorrectionSummary(upload.submissionId(), "reviewer-410425",
                "原件为0，解析误读为字母O", List.of(new CorrectedCell(cell, "0", "O"))));
    }

    @Test
    void aBrokenTableEndsAsARejectedEventWithItsFindings() throws IOException {
        String text = seed("002-likou-410425108.txt").replace(
                "0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0", "10\t1\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0");
        ConsumerRecord<String, String> record = send(raw("410425108", text), Topics.REJECTED);

        assertThat(TopicProbe.header(record, "ce_type")).isEqualTo("report.rejected.v1");
        ReportOutcomeEvent outcome = EventCodec.decode(record.value(), ReportOutcomeEvent.class);
        assertThat(outcome.verdict()).isEqualTo(Verdict.REJECTED);
        Finding sum = outcome.findings().stream().filter(f -> f.rule().equals("R-T4-REVIEW-SUM")).findFirst().orElseThrow();
        assertThat(sum.left()).isEqualByComparingTo("11");
        assertThat(sum.right()).isEqualByComparingTo("0");
        assertThat(sum.location().table()).isEqualTo("T4");
        assertThat(outcome.report().decimal("reviewLitigation.review.upheld")).isEqualByComparingTo("10");
    }

    @Test
    void anUnreadableRecordGoesToTheDeadLetterTopicAndConsumptionGoesOn() throws IOException {
        String marker = "not an event " + UUID.randomUUID();
        kafka().send(Topics.RAW, "610722", marker, Map.of());

        List<ConsumerRecord<String, String>> dead = kafka().await(Topics.RAW_DEAD_LETTER,
                r -> marker.equals(r.value()), 1, WAIT);
        assertThat(dead).hasSize(1);
        assertThat(TopicProbe.header(dead.get(0), "dead-letter-reason")).contains("RawReportEvent");

        send(raw("610722111", seed("000-erli-610722111.txt")), Topics.VALIDATED);
    }
}
