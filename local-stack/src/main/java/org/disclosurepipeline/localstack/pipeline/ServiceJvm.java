package org.disclosurepipeline.localstack.pipeline;

import java.util.List;

/** The JVM options every service runs with locally (run-local.sh, the benchmark, the end-to-end tests). */
public final class ServiceJvm {

    /** Small heaps, the serial collector and the C1 compiler only: quick to start, light on a small machine. */
    public static final List<String> OPTIONS = List.of("-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1");

    private ServiceJvm() {
    }
}
