package org.disclosurepipeline.localstack.pipeline;

import java.util.List;

/**
 * The JVM options every service runs with locally (run-local.sh, the benchmark, the end-to-end tests); the same
 * as docker-compose.yml's JAVA_OPTS_APPEND. README "JVM settings" explains them.
 */
public final class ServiceJvm {

    /**
     * A 256 MB heap with the serial collector (no collector threads competing for two cores) and the C1 compiler
     * only. C2 was measured and lost here: with it, its compiler threads were still using 13-26 s of CPU per service
     * during the benchmark's phases after a 1,000-report warm-up, and the pipeline went 70 instead of 86 reports/s
     * (README, "JVM settings"). The code cache and metaspace are capped so that a service stays well under 512 MB.
     */
    public static final List<String> OPTIONS = List.of("-Xms64m", "-Xmx256m", "-XX:+UseSerialGC",
            "-XX:TieredStopAtLevel=1", "-XX:ReservedCodeCacheSize=64m", "-XX:MaxMetaspaceSize=160m", "-Xss512k");

    /** Replaces {@link #OPTIONS} when set (space-separated), to try other settings without a build. */
    public static final String OVERRIDE = "DISCLOSURE_SERVICE_JVM_OPTIONS";

    private ServiceJvm() {
    }

    /** The options in force: {@link #OPTIONS}, or those of the environment variable {@link #OVERRIDE}. */
    public static List<String> options() {
        String override = System.getenv(OVERRIDE);
        return override == null || override.isBlank() ? OPTIONS : List.of(override.trim().split("\\s+"));
    }
}
