package org.disclosurepipeline.localstack.pipeline;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.disclosurepipeline.localstack.auth.DevTokens;
import org.disclosurepipeline.localstack.infra.LocalInfrastructure;

/**
 * The whole pipeline on one machine: a real Kafka broker and PostgreSQL (in this JVM) and the three services (each
 * its own JVM). Used by {@code ./run-local.sh} and by the end-to-end tests.
 */
public final class LocalPipeline implements AutoCloseable {

    private static final Duration READY_TIMEOUT = Duration.ofSeconds(120);

    private final LocalInfrastructure infrastructure;
    private final PipelineLayout layout;
    private final Path logDir;
    private final Map<String, String> extraConfig;
    private final DevTokens tokens;
    private final List<ServiceProcess> services = new ArrayList<>();

    /** A pipeline whose services trust tokens of a fresh development key ({@link #tokens()}). */
    public LocalPipeline(LocalInfrastructure infrastructure, PipelineLayout layout, Path logDir,
            Map<String, String> extraConfig) {
        this(infrastructure, layout, logDir, extraConfig, DevTokens.generate());
    }

    public LocalPipeline(LocalInfrastructure infrastructure, PipelineLayout layout, Path logDir,
            Map<String, String> extraConfig, DevTokens tokens) {
        this.infrastructure = infrastructure;
        this.layout = layout;
        this.logDir = logDir;
        this.extraConfig = Map.copyOf(extraConfig);
        this.tokens = tokens;
    }

    /** Mints the bearer tokens the services accept in this pipeline. */
    public DevTokens tokens() {
        return tokens;
    }

    /** Starts the three services (in parallel: they do not depend on each other) and waits until all are ready. */
    public LocalPipeline start() {
        services.add(service("ingest-service", "ingest", layout.ingestPort()));
        services.add(service("validation-service", "validation", layout.validationPort()));
        services.add(service("aggregation-service", "aggregation", layout.aggregationPort()));
        services.forEach(ServiceProcess::start);
        for (ServiceProcess s : services) {
            s.awaitReady(READY_TIMEOUT);
        }
        return this;
    }

    private ServiceProcess service(String name, String database, int port) {
        Map<String, String> config = new HashMap<>(infrastructure.serviceConfig(database));
        config.putAll(tokens.verifierConfig()); // one token model: every service verifies the same tokens
        config.putAll(extraConfig);
        return new ServiceProcess(name, layout.serviceJar(name), port, config, logDir);
    }

    public ServiceProcess ingest() {
        return services.get(0);
    }

    public ServiceProcess validation() {
        return services.get(1);
    }

    public ServiceProcess aggregation() {
        return services.get(2);
    }

    public List<ServiceProcess> services() {
        return List.copyOf(services);
    }

    /** Stops the services in the order of the flow (no new input first), not the infrastructure. */
    @Override
    public void close() {
        services.forEach(ServiceProcess::close);
    }
}
