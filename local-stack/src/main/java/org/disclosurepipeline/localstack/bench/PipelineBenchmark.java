package org.disclosurepipeline.localstack.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.disclosurepipeline.contract.events.Topics;
import org.disclosurepipeline.core.json.Json;
import org.disclosurepipeline.core.regions.Region;
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
 * {@code scripts/benchmark-pipeline.sh [N]}: starts the stack as {@code ./run-local.sh} does, uploads N synthetic
 * reports for N distinct real townships three ways (single uploads from many clients, ZIP batches, single uploads
 * at half the measured rate), measures each until every upload is visible in the rollups, then relays records of
 * the same sizes through three hops of the same broker, and prints the figures; the last line compares them.
 */
@Command(name = "benchmark-pipeline", mixinStandardHelpOptions = true,
        description = "Measures the pipeline end to end against a bare Kafka relay on the same broker.")
public final class PipelineBenchmark implements Callable<Integer> {

    @Parameters(index = "0", defaultValue = "2000", description = "Reports per phase (default ${DEFAULT-VALUE}).")
    int n;

    @Option(names = "--instances", defaultValue = "1", description = "Instances of each service (default 1).")
    int instances;

    @Option(names = "--clients", defaultValue = "24", description = "Concurrent upload clients (default 24).")
    int clients;

    @Option(names = "--batch-size", defaultValue = "100", description = "Reports per ZIP batch (default 100).")
    int batchSize;

    @Option(names = "--batch-clients", defaultValue = "4", description = "Batches uploaded at a time (default 4).")
    int batchClients;

    @Option(names = "--warmup", defaultValue = "1000",
            description = "Reports uploaded first and not measured, so that the JIT compilers are done (default 1000).")
    int warmup;

    @Option(names = "--jfr", description = "Record every service with Java Flight Recorder into the run folder.")
    boolean jfr;

    @Option(names = "--keep-data", description = "Keep the broker's and database's data after the run.")
    boolean keepData;

    @Option(names = "--project", defaultValue = ".", description = "The checkout (default: current folder).")
    Path project;

    private final Map<String, Map<String, Double>> threads = new java.util.LinkedHashMap<>();

    /** The relay moves at least this many records, so that its rate is not a start-up figure. */
    static final int RELAY_MINIMUM = 5000;

    /** What one phase measured. */
    record Phase(String name, int reports, double acceptedPerSecond, double endToEndPerSecond, Stats toVerdict,
            Stats toCounty, double seconds, Map<String, Double> cpuSeconds) {
    }

    private Cpu cpu;
    private Map<String, Double> cpuAtStart;

    @Override
    public Integer call() throws Exception {
        Path root = project.toAbsolutePath().normalize();
        String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
        Path dir = root.resolve(".local/benchmark/" + stamp);
        say("Benchmark run " + stamp + ": " + n + " reports per phase, " + instances + " instance(s) of each service,"
                + " logs in " + root.relativize(dir));
        LocalInfrastructure infra = new LocalInfrastructure(dir.resolve("data"), FreePorts.next(), FreePorts.next(),
                true);
        DevTokens tokens = DevTokens.generate();
        LocalPipeline pipeline = new LocalPipeline(infra, PipelineLayout.freePorts(root, instances),
                dir.resolve("logs"), Map.of(), tokens, List.of());
        Flight flight = null;
        List<Phase> phases = new ArrayList<>();
        BareRelay.Result relay;
        Map<String, Long> rss = new java.util.LinkedHashMap<>();
        int[] sizes;
        long postgresPeak;
        try (Rss.PostgresSampler pg = new Rss.PostgresSampler(dir.resolve("data/postgres"))) {
            infra.start();
            pipeline.start();
            Map<String, Long> pids = new java.util.LinkedHashMap<>();
            pipeline.services().forEach(s -> pids.put(s.name(), s.pid()));
            Map<String, String> pgConfig = infra.serviceConfig("aggregation");
            cpu = new Cpu(pids, dir.resolve("data/postgres"), () -> backends(pgConfig));
            say("Stack ready; services run with " + String.join(" ",
                    org.disclosurepipeline.localstack.pipeline.ServiceJvm.options()) + ". Making " + n
                    + " reports per phase …");
            List<Region> townships = Workload.townships(n, 20261203L);
            List<Workload.Report> singles = Workload.reports(townships, 2024, 1);
            List<Workload.Report> batched = Workload.reports(townships, 2023, 2);
            List<Workload.Report> paced = Workload.reports(townships.subList(0, Math.max(1, n / 2)), 2022, 3);
            List<Workload.Report> warm = Workload.reports(Workload.townships(Math.max(1, warmup), 4L), 2021, 4);
            say(String.format("  reports of %.1f KB on average (tab-separated text)", Workload.meanKilobytes(singles)));
            Map<String, String> db = infra.serviceConfig("aggregation");
            try (Uploader uploader = new Uploader(pipeline.services().stream()
                    .filter(s -> s.name().startsWith("ingest")).map(ServiceProcess::baseUrl).toList(), tokens.admin(),
                    clients);
                    TopicWatch watch = new TopicWatch(infra.kafka().bootstrapServers());
                    Visibility visible = new Visibility(db.get("quarkus.datasource.jdbc.url"),
                            db.get("quarkus.datasource.username"), db.get("quarkus.datasource.password"))) {
                if (warmup > 0) {
                    say("Warm-up: " + warm.size() + " single uploads (year 2021), not measured …");
                    long t0 = System.currentTimeMillis();
                    uploader.singles(warm, clients);
                    awaitVisible(2021, warm.size(), visible, pipeline);
                    say(String.format("  warm in %.1f s", (System.currentTimeMillis() - t0) / 1000.0));
                }
                if (jfr) {
                    Map<String, Long> jvms = new java.util.LinkedHashMap<>(pids);
                    jvms.put("broker-and-benchmark", ProcessHandle.current().pid());
                    flight = new Flight(dir.resolve("jfr"), jvms);
                    flight.start();
                }
                Map<String, Map<String, Long>> threadsBefore = new java.util.LinkedHashMap<>();
                pids.forEach((name, pid) -> threadsBefore.put(name, ThreadCpu.snapshot(pid)));
                threadsBefore.put("broker+benchmark", ThreadCpu.snapshot(ProcessHandle.current().pid()));
                say("Phase 1: " + n + " single uploads from " + clients + " clients …");
                cpuAtStart = cpu.snapshot();
                Phase one = measure("single uploads", 2024, uploader.singles(singles, clients), watch, visible,
                        pipeline);
                phases.add(one);
                say("Phase 2: " + n + " reports in ZIP batches of " + batchSize + ", " + batchClients + " at a time …");
                cpuAtStart = cpu.snapshot();
                phases.add(measureBatches(uploader, uploader.batches(batched, batchSize, batchClients), watch,
                        visible, pipeline));
                double rate = one.endToEndPerSecond() / 2;
                say(String.format("Phase 3: %d single uploads at %.1f/s (half the end-to-end rate of phase 1) …",
                        paced.size(), rate));
                cpuAtStart = cpu.snapshot();
                phases.add(measure("half load", 2022, uploader.paced(paced, clients, rate), watch, visible,
                        pipeline));
                threadsBefore.forEach((name, before) -> threads.put(name, ThreadCpu.top(before, ThreadCpu.snapshot(
                        name.equals("broker+benchmark") ? ProcessHandle.current().pid() : pids.get(name)), 6)));
                sizes = new int[] {watch.meanValueBytes(Topics.RAW), meanVerdictBytes(watch),
                        watch.meanValueBytes(Topics.ROLLUPS_CHANGED)};
            }
            int relayed = Math.max(n, RELAY_MINIMUM);
            say(String.format("Bare relay: %d records through 3 hops, values of %d / %d / %d bytes …", relayed,
                    sizes[0], sizes[1], sizes[2]));
            relay = new BareRelay(infra.kafka().bootstrapServers(), partitions(infra)).run(relayed, sizes);
            for (ServiceProcess s : pipeline.services()) {
                rss.put(s.name(), Rss.peakMb(s.pid()));
            }
            if (flight != null) {
                flight.stop();
            }
            rss.put("broker + benchmark JVM", Rss.peakMb(ProcessHandle.current().pid()));
            postgresPeak = pg.peakMb();
        } finally {
            say("Stopping …");
            pipeline.close();
            infra.close();
            if (!keepData) {
                deleteTree(dir.resolve("data"));
            }
        }
        print(phases, relay, sizes, rss, postgresPeak, dir, root);
        return 0;
    }

    private Phase measure(String name, int year, List<Uploader.Accepted> uploads, TopicWatch watch,
            Visibility visible, LocalPipeline pipeline) throws Exception {
        long first = uploads.stream().mapToLong(Uploader.Accepted::startedAt).min().orElseThrow();
        long lastAccepted = uploads.stream().mapToLong(Uploader.Accepted::acceptedAt).max().orElseThrow();
        awaitVisible(year, uploads.size(), visible, pipeline);
        Map<String, Double> used = Cpu.between(cpuAtStart, cpu.snapshot());
        Map<String, Long> counted = visible.countedAt(year);
        List<Long> toVerdict = new ArrayList<>();
        List<Long> toCounty = new ArrayList<>();
        for (Uploader.Accepted a : uploads) {
            Long verdict = watch.verdictSeenAt(a.submissionId());
            if (verdict != null) {
                toVerdict.add(verdict - a.startedAt());
            }
            toCounty.add(counted.get(a.submissionId()) - a.startedAt());
        }
        long last = counted.values().stream().mapToLong(Long::longValue).max().orElseThrow();
        return new Phase(name, uploads.size(), perSecond(uploads.size(), lastAccepted - first),
                perSecond(uploads.size(), last - first), new Stats(toVerdict), new Stats(toCounty),
                (last - first) / 1000.0, used);
    }

    private Phase measureBatches(Uploader uploader, List<Uploader.Batch> batches, TopicWatch watch,
            Visibility visible, LocalPipeline pipeline) throws Exception {
        int reports = batches.stream().mapToInt(b -> b.reports().size()).sum();
        long first = batches.stream().mapToLong(Uploader.Batch::startedAt).min().orElseThrow();
        long lastAccepted = batches.stream().mapToLong(Uploader.Batch::acceptedAt).max().orElseThrow();
        awaitVisible(2023, reports, visible, pipeline);
        Map<String, Double> used = Cpu.between(cpuAtStart, cpu.snapshot());
        Map<String, Long> counted = visible.countedAt(2023);
        List<Long> toVerdict = new ArrayList<>();
        List<Long> toCounty = new ArrayList<>();
        for (Uploader.Batch b : batches) {
            for (String id : uploader.submissionsOf(b).values()) {
                Long verdict = watch.verdictSeenAt(id);
                if (verdict != null) {
                    toVerdict.add(verdict - b.startedAt());
                }
                toCounty.add(counted.get(id) - b.startedAt());
            }
        }
        long last = counted.values().stream().mapToLong(Long::longValue).max().orElseThrow();
        return new Phase("ZIP batches", reports, perSecond(reports, lastAccepted - first),
                perSecond(reports, last - first), new Stats(toVerdict), new Stats(toCounty), (last - first) / 1000.0,
                used);
    }

    /** Waits until every upload is counted, then checks through the query API that the provinces add up. */
    private void awaitVisible(int year, int expected, Visibility visible, LocalPipeline pipeline) throws Exception {
        if (!visible.await(year, expected, 120_000L + expected * 500L)) {
            throw new IllegalStateException("not every upload of " + year + " became visible in time");
        }
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                pipeline.aggregation().baseUrl() + "/api/v1/rollups?level=province&year=" + year)).build(),
                HttpResponse.BodyHandlers.ofString());
        long sum = 0;
        for (JsonNode province : Json.mapper().readTree(r.body())) {
            sum += province.path("validatedReports").asLong() + province.path("rejectedReports").asLong();
        }
        if (sum != expected) {
            throw new IllegalStateException("the province rollups of " + year + " count " + sum + " reports, not "
                    + expected);
        }
    }

    /** The database server's backends and the database each serves (pg_stat_activity). */
    private static Map<Long, String> backends(Map<String, String> db) {
        Map<Long, String> out = new java.util.HashMap<>();
        try (var c = java.sql.DriverManager.getConnection(db.get("quarkus.datasource.jdbc.url"),
                db.get("quarkus.datasource.username"), db.get("quarkus.datasource.password"));
                var rs = c.createStatement().executeQuery(
                        "select pid, datname from pg_stat_activity where datname is not null")) {
            while (rs.next()) {
                out.put(rs.getLong(1), rs.getString(2));
            }
        } catch (java.sql.SQLException e) {
            // counted as "postgres" then
        }
        return out;
    }

    private static int meanVerdictBytes(TopicWatch watch) {
        long v = watch.records(Topics.VALIDATED);
        long r = watch.records(Topics.REJECTED);
        return v + r == 0 ? 0 : (int) ((v * watch.meanValueBytes(Topics.VALIDATED)
                + r * watch.meanValueBytes(Topics.REJECTED)) / (v + r));
    }

    private static int partitions(LocalInfrastructure infra) throws Exception {
        try (var admin = org.apache.kafka.clients.admin.Admin.create(Map.of("bootstrap.servers",
                infra.kafka().bootstrapServers()))) {
            return admin.describeTopics(List.of(Topics.RAW)).allTopicNames().get().get(Topics.RAW).partitions()
                    .size();
        }
    }

    private void print(List<Phase> phases, BareRelay.Result relay, int[] sizes, Map<String, Long> rss,
            long postgresPeak, Path dir, Path root) throws IOException {
        say("");
        say("Threads that used the most CPU during the three phases (seconds; # stands for digits):");
        threads.forEach((jvm, top) -> say("  " + jvm + ": " + top.entrySet().stream()
                .map(e -> String.format("%s %.1f", e.getKey(), e.getValue())).toList()));
        say("Results (" + java.time.LocalDate.now() + ", " + Runtime.getRuntime().availableProcessors() + " cores, "
                + instances + " instance(s) of each service):");
        say(String.format("  %-15s %8s %12s %14s   %s", "phase", "reports", "accepted/s", "end-to-end/s",
                "upload → verdict | upload → counted in the county rollup"));
        for (Phase p : phases) {
            say(String.format("  %-15s %8d %12.1f %14.1f   %s", p.name(), p.reports(), p.acceptedPerSecond(),
                    p.endToEndPerSecond(), p.toVerdict().describe()));
            say(String.format("  %-15s %8s %12s %14s   %s", "", "", "", "", p.toCounty().describe()));
        }
        say("  CPU ms per report, by process (phase's CPU seconds × 1000 / reports; the machine has "
                + Runtime.getRuntime().availableProcessors() + " cores):");
        for (Phase p : phases) {
            StringBuilder line = new StringBuilder(String.format("  %-15s", p.name()));
            double total = 0;
            for (Map.Entry<String, Double> e : p.cpuSeconds().entrySet()) {
                if (!e.getKey().equals("other processes")) {
                    double ms = 1000 * e.getValue() / p.reports();
                    total += ms;
                    line.append(String.format(" %s %.1f,", e.getKey(), ms));
                }
            }
            say(line.append(String.format(" total %.1f; other processes on the machine %.1f s in %.0f s", total,
                    p.cpuSeconds().getOrDefault("other processes", 0.0), p.seconds())).toString());
        }
        say(String.format("  bare relay      %8d %12s %14.1f   values %d / %d / %d bytes, %.1f s", relay.records(),
                "", relay.perSecond(), sizes[0], sizes[1], sizes[2], relay.seconds()));
        say("  peak RSS (MB): " + rss.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).toList()
                + ", postgres (all its processes, proportional set size, sampled) " + postgresPeak);
        say("  logs" + (jfr ? " and flight recordings" : "") + " in " + root.relativize(dir));
        Phase first = phases.get(0);
        Phase half = phases.get(2);
        sayCeiling(first, relay);
        say(String.format("pipeline %.1f reports/s = %.1f%% of bare relay %.1f records/s; p99 upload→rollup %.2f s",
                first.endToEndPerSecond(), 100 * first.endToEndPerSecond() / relay.perSecond(), relay.perSecond(),
                half.toCounty().seconds(99)));
    }

    /**
     * What the services could reach at best here: the broker and PostgreSQL work for every report whatever the
     * services do, so their CPU per report bounds the rate even if the services cost nothing.
     */
    private static void sayCeiling(Phase p, BareRelay.Result relay) {
        double floorMs = p.cpuSeconds().entrySet().stream()
                .filter(e -> e.getKey().equals("broker") || e.getKey().startsWith("postgres"))
                .mapToDouble(e -> 1000 * e.getValue() / p.reports()).sum();
        double ceiling = Runtime.getRuntime().availableProcessors() * 1000 / Math.max(0.001, floorMs);
        say(String.format("  ceiling of this machine: the broker and PostgreSQL alone used %.1f ms of CPU per report "
                + "in phase 1; with services that cost nothing, %d cores allow at most %.0f reports/s = %.0f%% of "
                + "the bare relay", floorMs, Runtime.getRuntime().availableProcessors(), ceiling,
                100 * ceiling / relay.perSecond()));
    }

    private static double perSecond(int count, long millis) {
        return count / (Math.max(1, millis) / 1000.0);
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    private static void say(String line) {
        System.out.println(line);
        System.out.flush();
    }

    public static void main(String[] args) {
        System.exit(new CommandLine(new PipelineBenchmark()).execute(args));
    }
}
