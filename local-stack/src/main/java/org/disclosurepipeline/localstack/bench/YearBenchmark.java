package org.disclosurepipeline.localstack.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.disclosurepipeline.core.json.Json;
import org.disclosurepipeline.localstack.auth.DevTokens;
import org.disclosurepipeline.localstack.infra.FreePorts;
import org.disclosurepipeline.localstack.infra.LocalInfrastructure;
import org.disclosurepipeline.localstack.pipeline.LocalPipeline;
import org.disclosurepipeline.localstack.pipeline.PipelineLayout;
import org.disclosurepipeline.localstack.pipeline.ServiceProcess;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code scripts/benchmark-year.sh [N]}: what an operator does to a whole year. Uploads N reports (ZIP batches),
 * then times the rollup rebuild of that year (which must change nothing), the rebuild after the rollups were
 * damaged (which must restore them), a re-validation of the year under a newer rules version until aggregation holds
 * every new verdict, and rebuilds of made-up larger years (the facts copied in SQL), with the aggregation service's
 * peak RSS. Last line: {@code rebuild of a 40000-report year X s; re-validation R reports/s = P% of the pipeline's
 * end-to-end rate E reports/s}.
 */
@Command(name = "benchmark-year", mixinStandardHelpOptions = true,
        description = "Times rebuilds and a re-validation of a whole year on the local stack.")
public final class YearBenchmark implements Callable<Integer> {

    static final int YEAR = 2024;

    @Parameters(index = "0", defaultValue = "20000", description = "Reports uploaded (default ${DEFAULT-VALUE}).")
    int n;

    @Option(names = "--made-up", split = ",", defaultValue = "40000,100000",
            description = "Sizes of the made-up years to rebuild (default ${DEFAULT-VALUE}).")
    List<Integer> madeUp;

    @Option(names = "--project", defaultValue = ".", description = "The checkout (default: current folder).")
    Path project;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @Override
    public Integer call() throws Exception {
        Path root = project.toAbsolutePath().normalize();
        Path dir = root.resolve(".local/benchmark/year-"
                + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")));
        say("Year benchmark: " + n + " reports of " + YEAR + ", made-up years " + madeUp + "; logs in "
                + root.relativize(dir));
        DevTokens tokens = DevTokens.generate();
        double pipelineRate;
        double revalidationRate;
        Double rebuildOfForty = null;
        try (LocalInfrastructure infra = new LocalInfrastructure(dir.resolve("data"), FreePorts.next(),
                FreePorts.next(), true)) {
            infra.start();
            Map<String, String> db = infra.serviceConfig("aggregation");
            try (YearFacts facts = new YearFacts(db.get("quarkus.datasource.jdbc.url"),
                    db.get("quarkus.datasource.username"), db.get("quarkus.datasource.password"))) {
                try (LocalPipeline pipeline = new LocalPipeline(infra, PipelineLayout.freePorts(root, 1),
                        dir.resolve("logs"), Map.of(), tokens, List.of()).start()) {
                    pipelineRate = upload(pipeline, tokens, facts);
                    String aggregation = pipeline.aggregation().baseUrl();
                    timeRebuild("rebuild of the " + n + "-report year", aggregation, tokens, YEAR, n, facts, false);
                    timeRebuild("rebuild after damaging every rollup of the year", aggregation, tokens, YEAR, n,
                            facts, true);
                }
                say("Restarting the services with validation.rules.revision=1 (a newer rules version) …");
                try (LocalPipeline pipeline = new LocalPipeline(infra, PipelineLayout.freePorts(root, 1),
                        dir.resolve("logs-revision-1"), Map.of("validation.rules.revision", "1"), tokens, List.of())
                        .start()) {
                    revalidationRate = revalidate(pipeline, tokens, facts);
                    String aggregation = pipeline.aggregation().baseUrl();
                    int madeUpYear = 2090;
                    for (int size : madeUp) {
                        facts.makeUpYear(YEAR, ++madeUpYear, size);
                        double seconds = timeRebuild("rebuild of a made-up " + size + "-report year", aggregation,
                                tokens, madeUpYear, size, facts, false);
                        if (size == 40000) {
                            rebuildOfForty = seconds;
                        }
                        say(String.format("  aggregation-service peak RSS so far %d MB", Rss.peakMb(
                                pipeline.aggregation().pid())));
                    }
                }
            }
        }
        say(String.format("rebuild of a 40000-report year %s; re-validation %.1f reports/s = %.0f%% of the "
                + "pipeline's end-to-end rate %.1f reports/s", rebuildOfForty == null ? "not run"
                        : String.format("%.1f s", rebuildOfForty), revalidationRate,
                100 * revalidationRate / pipelineRate, pipelineRate));
        return 0;
    }

    private double upload(LocalPipeline pipeline, DevTokens tokens, YearFacts facts) throws Exception {
        List<Workload.Report> reports = Workload.reports(Workload.townships(n, 20261203L), YEAR, 7);
        say("Uploading " + n + " reports in ZIP batches of 100, 4 at a time …");
        long start = System.currentTimeMillis();
        try (Uploader uploader = new Uploader(List.of(pipeline.ingest().baseUrl()), tokens.admin(), 24)) {
            uploader.batches(reports, 100, 4);
        }
        if (!facts.awaitCurrent(YEAR, n, null, 120_000L + n * 500L)) {
            throw new IllegalStateException("not every upload became visible in time");
        }
        double rate = n / ((System.currentTimeMillis() - start) / 1000.0);
        say(String.format("  pipeline: %d reports visible in the rollups at %.1f reports/s end to end", n, rate));
        return rate;
    }

    /**
     * Rebuilds a year (after damaging its rollups if asked) and checks the result: the provinces count every report,
     * and rollups that existed come back as they were. The seconds it took.
     */
    private double timeRebuild(String what, String aggregation, DevTokens tokens, int year, int reports,
            YearFacts facts, boolean damage) throws Exception {
        Map<String, String> before = facts.rollups(year);
        if (damage) {
            facts.damageRollups(year);
        }
        long t0 = System.nanoTime();
        JsonNode result = post(aggregation + "/api/v1/admin/rollups/rebuild?year=" + year, tokens.admin());
        double seconds = (System.nanoTime() - t0) / 1e9;
        int changed = result.path("changedRollups").asInt();
        Map<String, String> after = facts.rollups(year);
        long counted = facts.provinceReports(year);
        boolean same = before.isEmpty() || after.equals(before);
        say(String.format("  %s: %.1f s, %d rollups %s, provinces count %d reports, rebuild reported %d changed",
                what, seconds, after.size(), before.isEmpty() ? "built" : same ? "equal to before" : "DIFFERENT",
                counted, changed));
        if (!same || counted != reports) {
            throw new IllegalStateException(what + " did not give the right rollups");
        }
        return seconds;
    }

    private double revalidate(LocalPipeline pipeline, DevTokens tokens, YearFacts facts) throws Exception {
        ServiceProcess validation = pipeline.validation();
        long start = System.currentTimeMillis();
        JsonNode job = post(validation.baseUrl() + "/api/v1/admin/revalidations?year=" + YEAR, tokens.admin());
        String version = job.path("rulesVersion").asText();
        say("Re-validating " + YEAR + " under rules version " + version + " …");
        if (!facts.awaitCurrent(YEAR, n, version, 120_000L + n * 500L)) {
            throw new IllegalStateException("the re-validation did not reach every fact in time");
        }
        double seconds = (System.currentTimeMillis() - start) / 1000.0;
        JsonNode done = get(validation.baseUrl() + "/api/v1/admin/revalidations/" + job.path("id").asText(),
                tokens.admin());
        say(String.format("  %d re-checked, %d verdicts changed; every fact of aggregation under %s after %.1f s"
                + " = %.1f reports/s", done.path("rechecked").asLong(), done.path("changed").asLong(), version,
                seconds, n / seconds));
        return n / seconds;
    }

    private JsonNode post(String url, String token) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(url)).POST(HttpRequest.BodyPublishers.noBody()), token);
    }

    private JsonNode get(String url, String token) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(url)).GET(), token);
    }

    private JsonNode send(HttpRequest.Builder request, String token) throws Exception {
        HttpResponse<String> r = http.send(request.timeout(Duration.ofMinutes(10))
                .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() / 100 != 2) {
            throw new IllegalStateException(r.request().uri() + " answered " + r.statusCode() + ": " + r.body());
        }
        return Json.mapper().readTree(r.body());
    }

    private static void say(String line) {
        System.out.println(line);
        System.out.flush();
    }

    public static void main(String[] args) {
        System.exit(new CommandLine(new YearBenchmark()).execute(args));
    }
}
