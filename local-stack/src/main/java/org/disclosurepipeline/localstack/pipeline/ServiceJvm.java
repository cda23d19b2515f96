package org.disclosurepipeline.localstack.pipeline;

import java.util.List;

/**
 * The JVM options every service runs with locally (run-local.sh, the benchmark, the end-to-end tests); the same
 * as docker-compose.yml's JAVA_OPTS_APPEND. README "JVM settings" explains them.
 */
public final class ServiceJvm {

    /**
     * A 256 MB heap with the serial collector (no collector threads competing for two cores), and both JIT
     * compilers: the C2 compiler makes the parser, the rules and JSON several times faster than C1 alone; its code
     * cache is capped so that a service stays well under 512 MB resident.
     */
    public static final List<String> OPTIONS = List.of("-Xms64m", "-Xmx256m", "-XX:+UseSerialGC",
            "-XX:ReservedCodeCacheSize=64m", "-XX:MaxMetaspaceSize=160m", "-Xss512k");

    private ServiceJvm() {
    }
}
