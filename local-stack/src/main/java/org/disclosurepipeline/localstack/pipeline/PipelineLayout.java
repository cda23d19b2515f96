package org.disclosurepipeline.localstack.pipeline;

import java.nio.file.Path;

/** Where the packaged services are in a checkout, and the ports they use. */
public record PipelineLayout(Path projectRoot, int ingestPort, int validationPort, int aggregationPort) {

    public static final int DEFAULT_INGEST_PORT = 8081;
    public static final int DEFAULT_VALIDATION_PORT = 8082;
    public static final int DEFAULT_AGGREGATION_PORT = 8083;

    public static PipelineLayout defaults(Path projectRoot) {
        return new PipelineLayout(projectRoot, DEFAULT_INGEST_PORT, DEFAULT_VALIDATION_PORT,
                DEFAULT_AGGREGATION_PORT);
    }

    public Path serviceJar(String service) {
        return projectRoot.resolve(service).resolve("target/quarkus-app/quarkus-run.jar");
    }
}
