package org.disclosurepipeline.common.tracing;

import org.disclosurepipeline.contract.events.CloudEventHeaders;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.api.Test;

class TraceParentTest {

    static final String VALUE = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";

    @Test
    void readsTheTraceIdOfAW3cTraceparent() {
        assertThat(TraceParent.traceId(VALUE)).contains("4bf92f3577b34da6a3ce929d0e0e4736");
    }

    @Test
    void refusesMalformedAndAllZeroIds() {
        assertThat(TraceParent.traceId((String) null)).isEmpty();
        assertThat(TraceParent.traceId("00-4BF92F3577B34DA6A3CE929D0E0E4736-00f067aa0ba902b7-01")).isEmpty();
        assertThat(TraceParent.traceId("00-" + "0".repeat(32) + "-00f067aa0ba902b7-01")).isEmpty();
        assertThat(TraceParent.traceId("00-4bf92f3577b34da6a3ce929d0e0e4736-" + "0".repeat(16) + "-01")).isEmpty();
        assertThat(TraceParent.traceId("4bf92f3577b34da6a3ce929d0e0e4736")).isEmpty();
    }

    @Test
    void readsTheLastTraceparentHeaderOfARecord() {
        RecordHeaders headers = new RecordHeaders();
        assertThat(TraceParent.traceId(headers)).isEmpty();
        headers.add("ce_id", "x".getBytes(StandardCharsets.UTF_8));
        headers.add(CloudEventHeaders.TRACEPARENT, VALUE.getBytes(StandardCharsets.UTF_8));
        assertThat(TraceParent.traceId(headers)).contains("4bf92f3577b34da6a3ce929d0e0e4736");
    }
}
