package org.disclosurepipeline.localstack.pipeline;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.disclosurepipeline.localstack.auth.DevTokens;
import org.disclosurepipeline.localstack.auth.TokenFiles;
import org.disclosurepipeline.localstack.infra.LocalInfrastructure;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code ./run-local.sh}: the whole pipeline on this machine, in the foreground, until Ctrl-C. */
@Command(name = "run-local", mixinStandardHelpOptions = true,
        description = "Starts Kafka, PostgreSQL and the three services locally; feeds the sample reports.")
public final class LocalPipelineMain implements Callable<Integer> {

    @Option(names = "--no-samples", description = "Do not feed the sample reports.")
    boolean noSamples;

    @Option(names = "--project", defaultValue = ".", description = "The checkout (default: current folder).")
    Path project;

    @Option(names = "--kafka-port", defaultValue = "19092", description = "Kafka port (default ${DEFAULT-VALUE}).")
    int kafkaPort;

    @Option(names = "--instances", defaultValue = "1", description = "Instances of each service (default 1); "
            + "instance i listens on the default ports + 10 × (i − 1): 8081-8083, 8091-8093, …")
    int instances;

    @Option(names = "--postgres-port", defaultValue = "15432",
            description = "PostgreSQL port (default ${DEFAULT-VALUE}).")
    int postgresPort;

    @Override
    public Integer call() throws Exception {
        Path root = project.toAbsolutePath().normalize();
        Path local = root.resolve(".local");
        long t0 = System.nanoTime();
        say("Starting PostgreSQL (port " + postgresPort + ") and Kafka (port " + kafkaPort + ") …");
        LocalInfrastructure infra = new LocalInfrastructure(local.resolve("data"), kafkaPort, postgresPort, true);
        DevTokens tokens = DevTokens.loadOrCreate(local.resolve("keys/dev-signing-key.pem"));
        LocalPipeline pipeline = new LocalPipeline(infra, PipelineLayout.defaults(root, instances), local.resolve("logs"),
                Map.of(), tokens);
        List<SampleFeeder.Sample> samples = SampleFeeder.readManifest(root.resolve("samples/manifest.csv"));
        TokenFiles.write(local.resolve("tokens"), tokens, samples);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            say("Stopping services, Kafka and PostgreSQL …");
            pipeline.close();
            infra.close();
            say("Stopped.");
            stopped.countDown();
        }, "local-pipeline-shutdown"));
        infra.start();
        say(String.format("  broker and database ready in %.1f s", seconds(t0)));
        long t1 = System.nanoTime();
        say("Starting ingest-service, validation-service, aggregation-service" + (instances > 1 ? " × " + instances
                : "") + " (logs in .local/logs) …");
        pipeline.start();
        say(String.format("  services ready in %.1f s (%.1f s in all)", seconds(t1), seconds(t0)));
        if (!noSamples) {
            feedSamples(samples, pipeline);
        }
        printUrls(pipeline);
        TokenFiles.printUsage(local.resolve("tokens"), root);
        say("Press Ctrl-C to stop.");
        stopped.await();
        return 0;
    }

    private void feedSamples(List<SampleFeeder.Sample> samples, LocalPipeline pipeline) throws Exception {
        SampleFeeder feeder = new SampleFeeder(pipeline.ingest().baseUrl());
        say("Feeding " + samples.size() + " sample reports …");
        for (SampleFeeder.Sample s : samples) {
            String answer = feeder.post(s, pipeline.tokens().submitter(s.agency()));
            say("  " + s.file().getFileName() + " (" + s.agency() + ", " + s.year() + ") → " + answer);
        }
        String url = pipeline.aggregation().baseUrl() + "/api/v1/rollups/610722?year=2024";
        long expected = samples.stream().filter(s -> s.agency().startsWith("610722")).count();
        String rollup = awaitRollup(url, expected);
        say("");
        say(RollupSummary.describe(rollup));
        say("  full rollup: " + url);
    }

    /** Polls the rollup until the county's reports have all been counted (or 60 s pass), and returns it. */
    private static String awaitRollup(String url, long expectedReports) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        String body = "";
        for (int i = 0; i < 120; i++) {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url)).build(),
                    HttpResponse.BodyHandlers.ofString());
            body = r.body();
            if (r.statusCode() == 200 && body.matches("(?s).*\"validatedReports\"\\s*:\\s*" + expectedReports + "\\b.*")) {
                break;
            }
            Thread.sleep(500);
        }
        return body;
    }

    private static void printUrls(LocalPipeline pipeline) {
        say("");
        say("The pipeline is running:");
        say("  ingest-service       " + pipeline.ingest().baseUrl() + "   POST /api/v1/reports?agency=610722111&year=2024 (bearer token)");
        say("  validation-service   " + pipeline.validation().baseUrl() + "   POST /api/v1/validate");
        say("  aggregation-service  " + pipeline.aggregation().baseUrl() + "   GET  /api/v1/rollups/610722?year=2024");
        say("  ops dashboard        " + pipeline.aggregation().baseUrl() + "/dashboard/#/2024/61");
        for (int i = 1; i < pipeline.instances(); i++) {
            say("  instance " + (i + 1) + ":          " + pipeline.ingest(i).baseUrl() + ", "
                    + pipeline.validation(i).baseUrl() + ", " + pipeline.aggregation(i).baseUrl());
        }
        for (ServiceProcess s : pipeline.services()) {
            say("  " + s.name() + " health " + s.baseUrl() + "/q/health/ready   API docs " + s.baseUrl()
                    + "/q/swagger-ui");
        }
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    private static void say(String line) {
        System.out.println(line);
        System.out.flush();
    }

    public static void main(String[] args) {
        int code = new CommandLine(new LocalPipelineMain()).execute(args);
        if (code != 0) {
            System.exit(code);
        }
    }
}
