package org.disclosurepipeline.localstack.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** One Quarkus service run as its own JVM from its packaged {@code quarkus-run.jar}, configured by environment. */
public final class ServiceProcess implements AutoCloseable {

    private static final Path SETSID = Path.of("/usr/bin/setsid");
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final String name;
    private final Path jar;
    private final int port;
    private final Map<String, String> config;
    private final Path log;
    private final List<String> jvmOptions;
    private Process process;

    /**
     * @param config Quarkus properties (kafka.bootstrap.servers, quarkus.datasource.jdbc.url, …), passed as
     *               environment variables the way a container would get them
     */
    public ServiceProcess(String name, Path jar, int port, Map<String, String> config, Path logDir) {
        this(name, jar, port, config, logDir, ServiceJvm.OPTIONS);
    }

    /** @param jvmOptions the JVM's options (heap, collector, …) */
    public ServiceProcess(String name, Path jar, int port, Map<String, String> config, Path logDir,
            List<String> jvmOptions) {
        this.jvmOptions = List.copyOf(jvmOptions);
        this.name = name;
        this.jar = jar;
        this.port = port;
        this.config = Map.copyOf(config);
        this.log = logDir.resolve(name + ".log");
    }

    public ServiceProcess start() {
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(name + " is not built: " + jar + " is missing (run ./mvnw package)");
        }
        try {
            Files.createDirectories(log.getParent());
            List<String> command = new ArrayList<>();
            if (Files.isExecutable(SETSID)) {
                // its own session: a Ctrl-C in the terminal reaches the launcher, which stops services in order
                command.add(SETSID.toString());
            }
            command.add(javaBinary());
            command.addAll(jvmOptions);
            command.addAll(List.of("-jar", jar.toString()));
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
            config.forEach((k, v) -> builder.environment().put(environmentName(k), v));
            builder.environment().put("QUARKUS_HTTP_PORT", Integer.toString(port));
            process = builder.start();
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + name, e);
        }
    }

    /** Waits until {@code /q/health/ready} answers 200, failing early if the process dies. */
    public void awaitReady(Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with code " + process.exitValue() + "; see " + log);
            }
            if (isReady()) {
                return;
            }
            sleep(250);
        }
        throw new IllegalStateException(name + " was not ready within " + timeout.toSeconds() + " s; see " + log);
    }

    public boolean isReady() {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl() + "/q/health/ready"))
                    .timeout(Duration.ofSeconds(2)).build();
            return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    public String baseUrl() {
        return "http://localhost:" + port;
    }

    public String name() {
        return name;
    }

    public Path log() {
        return log;
    }

    /** The operating system's id of the service's JVM (not of setsid, which execs it). */
    public long pid() {
        return process.pid();
    }

    /**
     * Kills the service's JVM with SIGKILL, as a crash would: no shutdown hook, no last commit of offsets.
     * {@link #start()} runs it again. Returns the killed process id.
     */
    public long kill() {
        long pid = process.pid();
        process.destroyForcibly();
        try {
            process.waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return pid;
    }

    /** Stops the service with SIGTERM (Quarkus shuts down gracefully), then forcibly after 20 s. */
    @Override
    public void close() {
        if (process == null || !process.isAlive()) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }

    /** kafka.bootstrap.servers → KAFKA_BOOTSTRAP_SERVERS, as MicroProfile Config maps environment variables. */
    static String environmentName(String property) {
        return property.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(Locale.ROOT);
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
