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
 * its own JVM, one or more instances of each). Used by {@code ./run-local.sh}, the benchmark and the end-to-end
 * tests.
 */
public final class LocalPipeline implements AutoCloseable {

    private static final Duration READY_TIMEOUT = Duration.ofSeconds(180);

    private final LocalInfrastructure infrastructure;
    private final PipelineLayout layout;
    private final Path logDir;
    private final Map<String, String> extraConfig;
    private final DevTokens tokens;
    private final List<String> extraJvmOptions;
    private final List<ServiceProcess> services = new ArrayList<>();

    /** A pipeline whose services trust tokens of a fresh development key ({@link #tokens()}). */
    public LocalPipeline(LocalInfrastructure infrastructure, PipelineLayout layout, Path logDir,
            Map<String, String> extraConfig) {
        this(infrastructure, layout, logDir, extraConfig, DevTokens.generate());
    }

    public LocalPipeline(LocalInfrastructure infrastructure, PipelineLayout layout, Path logDir,
            Map<String, String> extraConfig, DevTokens tokens) {
        this(infrastructure, layout, logDir, extraConfig, tokens, List.of());
    }

    /** @param extraJvmOptions added to every service's JVM options, e.g. a flight recording */
    public LocalPipeline(LocalInfrastructure infrastructure, PipelineLayout layout, Path logDir,
            Map<String, String> extraConfig, DevTokens tokens, List<String> extraJvmOptions) {
        this.infrastructure = infrastructure;
        this.layout = layout;
        this.logDir = logDir;
        this.extraConfig = Map.copyOf(extraConfig);
        this.tokens = tokens;
        this.extraJvmOptions = List.copyOf(extraJvmOptions);
    }

    /** Mints the bearer tokens the services accept in this pipeline. */
    public DevTokens tokens() {
        return tokens;
    }

    /**
     * Starts every instance of the three services (in parallel: they do not depend on each other) and waits until
     * all are ready. Services are listed instance by instance: ingest, validation, aggregation of the first, then
     * of the second …
     */
    public LocalPipeline start() {
        for (int i = 0; i < layout.instances().size(); i++) {
            PipelineLayout.Ports ports = layout.instances().get(i);
            String suffix = i == 0 ? "" : "-" + (i + 1);
            // the dashboard (on aggregation) opens originals and sends corrections to ingest, from the browser
            services.add(service("ingest-service", suffix, "ingest", ports.ingest(),
                    Map.of("quarkus.http.cors.origins", "http://localhost:" + ports.aggregation())));
            services.add(service("validation-service", suffix, "validation", ports.validation(), Map.of()));
            services.add(service("aggregation-service", suffix, "aggregation", ports.aggregation(),
                    Map.of("aggregation.dashboard.ingest-url", "http://localhost:" + ports.ingest())));
        }
        services.forEach(ServiceProcess::start);
        for (ServiceProcess s : services) {
            s.awaitReady(READY_TIMEOUT);
        }
        return this;
    }

    private ServiceProcess service(String name, String suffix, String database, int port,
            Map<String, String> neighbours) {
        Map<String, String> config = new HashMap<>(infrastructure.serviceConfig(database));
        config.putAll(neighbours);
        config.putAll(tokens.verifierConfig()); // one token model: every service verifies the same tokens
        config.putAll(extraConfig);
        List<String> jvm = new ArrayList<>(ServiceJvm.options());
        extraJvmOptions.forEach(o -> jvm.add(o.replace("{service}", name + suffix)));
        return new ServiceProcess(name + suffix, layout.serviceJar(name), port, config, logDir, jvm);
    }

    public int instances() {
        return layout.instances().size();
    }

    public ServiceProcess ingest() {
        return ingest(0);
    }

    public ServiceProcess validation() {
        return validation(0);
    }

    public ServiceProcess aggregation() {
        return aggregation(0);
    }

    /** Instance {@code i} (from 0) of ingest-service. */
    public ServiceProcess ingest(int i) {
        return services.get(3 * i);
    }

    public ServiceProcess validation(int i) {
        return services.get(3 * i + 1);
    }

    public ServiceProcess aggregation(int i) {
        return services.get(3 * i + 2);
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
