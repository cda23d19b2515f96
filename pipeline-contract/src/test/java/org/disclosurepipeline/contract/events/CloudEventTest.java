package org.disclosurepipeline.contract.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cloudevents.SpecVersion;
import io.cloudevents.core.message.Encoding;
import io.cloudevents.core.message.MessageReader;
import io.cloudevents.kafka.KafkaMessageFactory;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.api.Test;

/** What CloudEvent writes is what the CloudEvents Java SDK's Kafka binding reads as a binary-mode event. */
class CloudEventTest {

    static final Instant CHECKED = Instant.parse("2025-01-25T02:14:07.512Z");

    @Test
    void theSdkReadsEveryAttributeBack() {
        CloudEvent ce = new CloudEvent("6f1c2a9e-0000-4000-8000-000000000001", EventTypes.VALIDATED,
                CloudEvent.VALIDATION, "610722111", CHECKED, Map.of("rulesversion", "2026.12.2"));
        MessageReader reader = KafkaMessageFactory.createReader(headers(ce), "{}".getBytes(StandardCharsets.UTF_8));
        assertThat(reader.getEncoding()).isEqualTo(Encoding.BINARY);

        io.cloudevents.CloudEvent read = reader.toEvent();
        assertThat(read.getSpecVersion()).isEqualTo(SpecVersion.V1);
        assertThat(read.getId()).isEqualTo(ce.id());
        assertThat(read.getType()).isEqualTo("report.validated.v1");
        assertThat(read.getSource().toString()).isEqualTo("/disclosure-pipeline/validation-service");
        assertThat(read.getSubject()).isEqualTo("610722111");
        assertThat(read.getTime()).isEqualTo(OffsetDateTime.ofInstant(CHECKED, ZoneOffset.UTC));
        assertThat(read.getDataContentType()).isEqualTo("application/json");
        assertThat(read.getExtension("rulesversion")).isEqualTo("2026.12.2");
        assertThat(new String(read.getData().toBytes(), StandardCharsets.UTF_8)).isEqualTo("{}");
    }

    /** As service-common's KafkaCloudEvents writes them: each attribute a header, its value in UTF-8. */
    static Headers headers(CloudEvent ce) {
        RecordHeaders headers = new RecordHeaders();
        ce.attributes().forEach((name, value) -> headers.add(name, value.getBytes(StandardCharsets.UTF_8)));
        return headers;
    }

    @Test
    void aSubjectIsLeftOutWhenThereIsNone() {
        CloudEvent ce = new CloudEvent("1", EventTypes.ROLLUP_CHANGED, CloudEvent.AGGREGATION, null, CHECKED);
        assertThat(ce.attributes()).doesNotContainKey(CloudEventHeaders.SUBJECT)
                .containsEntry(CloudEventHeaders.SPEC_VERSION, "1.0");
    }

    @Test
    void requiredAttributesAndExtensionNamesAreChecked() {
        assertThatThrownBy(() -> new CloudEvent(" ", EventTypes.RAW, CloudEvent.INGEST, null, CHECKED))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CloudEvent("1", EventTypes.RAW, CloudEvent.INGEST, null, CHECKED,
                Map.of("rules-version", "1"))).isInstanceOf(IllegalArgumentException.class);
    }
}
