package org.disclosurepipeline.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.disclosurepipeline.localstack.infra.FreePorts;
import org.disclosurepipeline.localstack.infra.LocalInfrastructure;
import org.disclosurepipeline.localstack.kafka.TopicProbe;
import org.disclosurepipeline.localstack.pipeline.LocalPipeline;
import org.disclosurepipeline.localstack.pipeline.PipelineLayout;

/** The packaged services on a real broker and database, on free ports, for one test class. */
final class PipelineFixture implements AutoCloseable {

    final LocalInfrastructure infrastructure;
    final LocalPipeline pipeline;

    private PipelineFixture(LocalInfrastructure infrastructure, LocalPipeline pipeline) {
        this.infrastructure = infrastructure;
        this.pipeline = pipeline;
    }

    static PipelineFixture start() {
        return start(1);
    }

    /** {@code instances} of each service, sharing the broker and the databases. */
    static PipelineFixture start(int instances) {
        return start(instances, false);
    }

    /** @param durable PostgreSQL with fsync and synchronous commit on, as the local stack runs it */
    static PipelineFixture start(int instances, boolean durable) {
        return start(instances, durable, Map.of());
    }

    /** @param config added to every service's configuration (e.g. where to export spans) */
    static PipelineFixture start(int instances, boolean durable, Map<String, String> config) {
        try {
            Path target = Path.of("target");
            Path dir = Files.createTempDirectory(Files.createDirectories(target), "e2e-");
            LocalInfrastructure infra = new LocalInfrastructure(dir, FreePorts.next(), FreePorts.next(), durable)
                    .start();
            PipelineLayout layout = PipelineLayout.freePorts(Path.of("..").toAbsolutePath().normalize(), instances);
            LocalPipeline pipeline = new LocalPipeline(infra, layout, dir.resolve("logs"), config);
            try {
                return new PipelineFixture(infra, pipeline.start());
            } catch (RuntimeException e) {
                pipeline.close();
                infra.close();
                throw e;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    TopicProbe kafka() {
        return new TopicProbe(infrastructure.kafka().bootstrapServers());
    }

    String ingest() {
        return pipeline.ingest().baseUrl();
    }

    /** A bearer token of a submitter for agencies under {@code region}, trusted by this pipeline's ingest. */
    String submitterToken(String region) {
        return pipeline.tokens().submitter(region);
    }

    /** A reviewer of {@code region}: decides on the findings and approvals of the level below it. */
    String reviewerToken(String region) {
        return pipeline.tokens().reviewer(region);
    }

    String viewerToken() {
        return pipeline.tokens().viewer();
    }

    String aggregation() {
        return pipeline.aggregation().baseUrl();
    }

    String ingest(int instance) {
        return pipeline.ingest(instance).baseUrl();
    }

    String validation(int instance) {
        return pipeline.validation(instance).baseUrl();
    }

    String aggregation(int instance) {
        return pipeline.aggregation(instance).baseUrl();
    }

    String adminToken() {
        return pipeline.tokens().admin();
    }

    @Override
    public void close() {
        try {
            pipeline.close();
        } finally {
            infrastructure.close();
        }
    }
}
