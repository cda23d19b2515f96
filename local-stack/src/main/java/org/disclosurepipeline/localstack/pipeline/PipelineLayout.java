package org.disclosurepipeline.localstack.pipeline;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.disclosurepipeline.localstack.infra.FreePorts;

/**
 * Where the packaged services are in a checkout, and the ports of each instance of them: one instance by default,
 * more to run every service side by side with itself (each instance of a service shares its consumer group).
 */
public record PipelineLayout(Path projectRoot, List<Ports> instances) {

    public static final int DEFAULT_INGEST_PORT = 8081;
    public static final int DEFAULT_VALIDATION_PORT = 8082;
    public static final int DEFAULT_AGGREGATION_PORT = 8083;
    /** Instance i (from 0) of a service listens on its default port + 10 × i: 8081, 8091, 8101 … */
    public static final int INSTANCE_PORT_STEP = 10;

    /** The HTTP ports of one instance of each service. */
    public record Ports(int ingest, int validation, int aggregation) {
    }

    public PipelineLayout {
        if (instances.isEmpty()) {
            throw new IllegalArgumentException("at least one instance");
        }
        instances = List.copyOf(instances);
    }

    /** One instance of each service on the given ports. */
    public PipelineLayout(Path projectRoot, int ingestPort, int validationPort, int aggregationPort) {
        this(projectRoot, List.of(new Ports(ingestPort, validationPort, aggregationPort)));
    }

    public static PipelineLayout defaults(Path projectRoot) {
        return defaults(projectRoot, 1);
    }

    /** {@code instances} of each service on the default ports, the next instance 10 ports higher. */
    public static PipelineLayout defaults(Path projectRoot, int instances) {
        List<Ports> ports = new ArrayList<>();
        for (int i = 0; i < instances; i++) {
            int step = i * INSTANCE_PORT_STEP;
            ports.add(new Ports(DEFAULT_INGEST_PORT + step, DEFAULT_VALIDATION_PORT + step,
                    DEFAULT_AGGREGATION_PORT + step));
        }
        return new PipelineLayout(projectRoot, ports);
    }

    /** {@code instances} of each service on ports that are free now (tests). */
    public static PipelineLayout freePorts(Path projectRoot, int instances) {
        List<Ports> ports = new ArrayList<>();
        for (int i = 0; i < instances; i++) {
            ports.add(new Ports(FreePorts.next(), FreePorts.next(), FreePorts.next()));
        }
        return new PipelineLayout(projectRoot, ports);
    }

    public Path serviceJar(String service) {
        return projectRoot.resolve(service).resolve("target/quarkus-app/quarkus-run.jar");
    }
}
