package org.disclosurepipeline.localstack.chaos;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.disclosurepipeline.core.json.Json;
import org.disclosurepipeline.core.regions.Region;
import org.disclosurepipeline.localstack.bench.Workload;
import org.disclosurepipeline.localstack.infra.LocalInfrastructure;
import org.disclosurepipeline.localstack.pipeline.LocalPipeline;

/**
 * The fault harness: a steady stream of uploads while each service is killed with {@code kill -9} and restarted,
 * the broker restarted and PostgreSQL killed and restarted, then the invariant check and a rebuild that must repair
 * nothing. One upload in eight is a new version of an earlier agency's report, so that superseding is exercised.
 */
public final class ChaosRun {

    static final int YEAR = 2024;

    /**
     * @param uploads   reports uploaded in all
     * @param perSecond uploads started per second
     * @param clients   uploads in flight at most
     * @param down      how long each victim stays down
     * @param cycles    how often the five faults are inflicted, spread evenly over the stream
     */
    public record Settings(int uploads, double perSecond, int clients, long seed, Duration down, int cycles,
            Duration settle) {
    }

    /** What happened: the faults in order, the answers by status code, and the checker's figures. */
    public record Report(List<String> faults, Map<String, Integer> answers, InvariantCheck.Result check,
            int rebuildChanged, int notAccepted) {

        public boolean clean() {
            return check.total().clean() && rebuildChanged == 0 && notAccepted == 0
                    && check.submissions() == check.distinctRaw() && check.distinctRaw() == check.facts()
                    && check.facts() == check.validationVerdicts() && check.regions() == check.regionsAgreeing();
        }

        public Figures total() {
            return check.total();
        }
    }

    private ChaosRun() {
    }

    public static Report run(LocalInfrastructure infra, LocalPipeline pipeline, Settings s, PrintStream out)
            throws Exception {
        List<Workload.Report> reports = workload(s.uploads(), s.seed());
        List<Fault> faults = new ArrayList<>();
        for (int c = 0; c < s.cycles(); c++) {
            faults.addAll(List.of(Fault.values()));
        }
        long streamMillis = (long) (s.uploads() * 1000 / s.perSecond());
        List<String> labels = new ArrayList<>(List.of("no fault"));
        List<Long> phaseStarts = new ArrayList<>(List.of(0L));
        long start = System.currentTimeMillis();
        CompletableFuture<Void> inflicting = CompletableFuture.runAsync(() -> {
            try {
                for (int k = 0; k < faults.size(); k++) {
                    long due = start + streamMillis * (k + 1) / (faults.size() + 1);
                    Thread.sleep(Math.max(0, due - System.currentTimeMillis()));
                    synchronized (phaseStarts) {
                        phaseStarts.add(System.currentTimeMillis());
                        labels.add(faults.get(k).label);
                    }
                    long t = System.currentTimeMillis();
                    String done = faults.get(k).inflict(infra, pipeline, s.down());
                    out.printf("  %5.1f s  %s (back after %.1f s)%n", (t - start) / 1000.0, done,
                            (System.currentTimeMillis() - t) / 1000.0);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        SteadyUploads uploader = new SteadyUploads(pipeline.ingest().baseUrl(), pipeline.tokens().admin());
        List<SteadyUploads.Upload> uploads = uploader.run(reports, s.perSecond(), s.clients());
        inflicting.get();
        out.printf("  %5.1f s  all %d uploads answered; waiting for the pipeline to settle …%n",
                (System.currentTimeMillis() - start) / 1000.0, uploads.size());

        List<Integer> phaseOf = new ArrayList<>();
        for (SteadyUploads.Upload u : uploads) {
            int p = 0;
            for (int i = 1; i < phaseStarts.size(); i++) {
                p = phaseStarts.get(i) <= u.firstSentAt() ? i : p;
            }
            phaseOf.add(p);
        }
        Set<String> accepted = new HashSet<>();
        uploads.stream().filter(u -> u.submissionId() != null).forEach(u -> accepted.add(u.submissionId()));
        InvariantCheck checker = new InvariantCheck(infra);
        checker.awaitSettled(accepted, s.settle());
        InvariantCheck.Result result = checker.check(uploads, phaseOf, labels.size(), YEAR);
        int rebuilt = rebuild(pipeline);
        int notAccepted = (int) uploads.stream().filter(u -> u.submissionId() == null).count();
        return new Report(labels, uploader.answers(), result, rebuilt, notAccepted);
    }

    /** Prints the figures: per phase, the answers by status code, the stores, and the last line of all. */
    public static void print(Report r, PrintStream out) {
        out.println();
        for (int p = 0; p < r.faults().size(); p++) {
            out.printf("%-40s %s%n", r.faults().get(p) + ":", r.check().phases().get(p).line());
        }
        out.println("answers to the uploads by status code: " + r.answers()
                + (r.notAccepted() > 0 ? "; never accepted: " + r.notAccepted() : ""));
        InvariantCheck.Result c = r.check();
        out.printf("stores: ingest submissions %d, distinct reports.raw records %d (%d records), validation verdicts"
                + " %d, aggregation facts %d%n", c.submissions(), c.distinctRaw(), c.rawRecords(),
                c.validationVerdicts(), c.facts());
        out.printf("counts = distinct accepted (agency, year): %d of %d regions, %d of %d provinces agree;"
                + " a rebuild changed %d rollups%n", c.regionsAgreeing(), c.regions(), c.provincesAgreeing(),
                c.provinces(), r.rebuildChanged());
        out.println(r.total().line());
    }

    /** {@code n} uploads: one report per township, and every eighth a second, different version of an earlier one. */
    static List<Workload.Report> workload(int n, long seed) {
        int seconds = n / 8;
        List<Region> towns = Workload.townships(n - seconds, seed);
        List<Workload.Report> first = Workload.reports(towns, YEAR, seed);
        List<Workload.Report> second = Workload.reports(towns.subList(0, seconds), YEAR, seed + 1);
        List<Workload.Report> out = new ArrayList<>(n);
        int j = 0;
        int k = 0;
        for (int i = 0; i < n; i++) {
            out.add(i % 8 == 7 && k < seconds ? second.get(k++) : first.get(j++));
        }
        return out;
    }

    /** Rebuilds the year's rollups from the facts: after a clean run it must change nothing. */
    private static int rebuild(LocalPipeline pipeline) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(pipeline.aggregation().baseUrl()
                        + "/api/v1/admin/rollups/rebuild?year=" + YEAR))
                .header("Authorization", "Bearer " + pipeline.tokens().admin())
                .timeout(Duration.ofMinutes(2)).POST(HttpRequest.BodyPublishers.noBody()).build();
        HttpResponse<String> response = HttpClient.newHttpClient().send(request,
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("the rebuild answered " + response.statusCode() + ": "
                    + response.body());
        }
        JsonNode body = Json.mapper().readTree(response.body());
        return body.path("changedRollups").asInt();
    }
}
