package org.disclosurepipeline.ingest.support;

import java.time.Duration;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.disclosurepipeline.contract.events.EventCodec;
import org.disclosurepipeline.contract.events.RawReportEvent;
import org.disclosurepipeline.contract.events.Topics;
import org.disclosurepipeline.localstack.kafka.TopicProbe;
import org.eclipse.microprofile.config.ConfigProvider;

/** The reports.raw records of a submission, read from the real broker. */
public final class RawEvents {

    private RawEvents() {
    }

    public static TopicProbe kafka() {
        return new TopicProbe(ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class));
    }

    public static RawReportEvent await(String submissionId) {
        List<ConsumerRecord<String, String>> found = kafka().await(Topics.RAW,
                r -> submissionId.equals(TopicProbe.header(r, "ce_id")), 1, Duration.ofSeconds(60));
        if (found.isEmpty()) {
            throw new AssertionError("no reports.raw record for " + submissionId + " within 60 s");
        }
        return EventCodec.decode(found.get(0).value(), RawReportEvent.class);
    }

    /** Every record of the submission in the topic, read until nothing new arrived for {@code quiet}. */
    public static long count(String submissionId, Duration quiet) {
        return kafka().readAll(Topics.RAW, r -> submissionId.equals(TopicProbe.header(r, "ce_id")), quiet).size();
    }
}
