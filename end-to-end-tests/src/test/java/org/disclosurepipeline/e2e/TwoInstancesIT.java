package org.disclosurepipeline.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.path.json.JsonPath;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.disclosurepipeline.contract.events.Topics;
import org.disclosurepipeline.core.regions.Region;
import org.disclosurepipeline.core.regions.RegionRegistry;
import org.disclosurepipeline.core.synthetic.ReportGenerator;
import org.disclosurepipeline.core.synthetic.ReportTextRenderer;
import org.disclosurepipeline.core.synthetic.SyntheticReport;
import org.disclosurepipeline.core.synthetic.TextLayout;
import org.disclosurepipeline.core.template.TemplateVersion;
import org.disclosurepipeline.localstack.kafka.TopicProbe;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two instances of every service on one broker (6 partitions per topic) and one database server: reports uploaded
 * through both ingest instances, resubmissions, redelivered records. Every accepted submission is counted exactly
 * once, the newest of each agency wins, the rollups equal a rebuild, and the operations figures are pipeline-wide
 * (the same on both instances) while each instance's own counter counts only what it did.
 */
class TwoInstancesIT {

    static final int YEAR = 2024;
    static final Duration WAIT = Duration.ofSeconds(120);
    static final RegionRegistry REGIONS = RegionRegistry.bundled();

    static PipelineFixture fixture;

    @BeforeAll
    static void start() {
        fixture = PipelineFixture.start(2);
    }

    @AfterAll
    static void stop() {
        if (fixture != null) {
            fixture.close();
        }
    }

    /** Three townships of each of four counties in each of three provinces. */
    static List<Region> townships() {
        List<Region> out = new ArrayList<>();
        for (String province : List.of("61", "41", "32")) {
            REGIONS.all().stream().filter(r -> r.code().length() == 6 && r.code().startsWith(province)
                    && REGIONS.children(r.code()).size() >= 3).sorted((a, b) -> a.code().compareTo(b.code()))
                    .limit(4).forEach(county -> out.addAll(REGIONS.children(county.code()).subList(0, 3)));
        }
        return out;
    }

    static SyntheticReport report(ReportGenerator generator, Region township) {
        String agency = township.name() + (township.name().endsWith("街道") ? "办事处" : "人民政府");
        return new SyntheticReport(agency, YEAR, TemplateVersion.V2021, generator.next(TemplateVersion.V2021)
                .figures(), LocalDate.of(YEAR + 1, 1, 10));
    }

    static String upload(int instance, Region township, SyntheticReport report, long seed) {
        byte[] text = new ReportTextRenderer(TextLayout.TAB_ROWS, seed).render(report)
                .getBytes(StandardCharsets.UTF_8);
        return given().baseUri(fixture.ingest(instance)).auth().oauth2(fixture.adminToken())
                .contentType("text/plain; charset=UTF-8").body(text)
                .when().post("/api/v1/reports?agency=" + township.code() + "&year=" + YEAR)
                .then().statusCode(202).extract().path("submissionId");
    }

    static double metric(String baseUrl, String name, String label) {
        double sum = 0;
        for (String line : given().baseUri(baseUrl).get("/q/metrics").asString().split("\n")) {
            if ((line.startsWith(name + "{") || line.startsWith(name + " ")) && line.contains(label)) {
                sum += Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
            }
        }
        return sum;
    }

    @Test
    void everySubmissionIsCountedOnceTheNewestWinsAndTheFiguresAreNotCountedTwice() throws Exception {
        List<Region> townships = townships();
        ReportGenerator generator = new ReportGenerator(2024_12_03L);
        Map<String, SyntheticReport> newest = new LinkedHashMap<>();
        Map<String, String> newestSubmission = new HashMap<>();
        List<String> submissions = new ArrayList<>();
        ExecutorService clients = Executors.newFixedThreadPool(6);
        List<Future<String>> firsts = new ArrayList<>();
        for (int i = 0; i < townships.size(); i++) {
            Region t = townships.get(i);
            SyntheticReport r = report(generator, t);
            newest.put(t.code(), r);
            int instance = i % 2;
            long seed = i;
            firsts.add(clients.submit(() -> upload(instance, t, r, seed)));
        }
        for (int i = 0; i < townships.size(); i++) {
            String id = firsts.get(i).get();
            submissions.add(id);
            newestSubmission.put(townships.get(i).code(), id);
        }
        // one resubmission per county, through the other ingest instance, after the first ones were accepted
        for (int i = 0; i < townships.size(); i += 3) {
            Region t = townships.get(i);
            SyntheticReport r = report(generator, t);
            newest.put(t.code(), r);
            String id = upload(1 - i % 2, t, r, 1000 + i);
            submissions.add(id);
            newestSubmission.put(t.code(), id);
        }
        clients.shutdown();

        // every submission validated (all on reports.validated, so a county's verdicts arrive in order)
        await().atMost(WAIT).untilAsserted(() -> {
            for (String id : submissions) {
                given().baseUri(fixture.ingest(0)).auth().oauth2(fixture.adminToken())
                        .get("/api/v1/submissions/" + id).then().body("status", equalTo("VALIDATED"));
            }
        });
        // redeliveries: ten verdicts and five raw reports published again
        TopicProbe kafka = fixture.kafka();
        List<ConsumerRecord<String, String>> verdicts = kafka.readAll(Topics.VALIDATED, r -> true,
                Duration.ofSeconds(2));
        assertThat(verdicts).hasSize(submissions.size());
        for (ConsumerRecord<String, String> r : verdicts.subList(0, 10)) {
            kafka.send(Topics.VALIDATED, r.key(), r.value(), Map.of("ce_id", TopicProbe.header(r, "ce_id"),
                    "ce_type", TopicProbe.header(r, "ce_type")));
        }
        List<ConsumerRecord<String, String>> raws = kafka.readAll(Topics.RAW, r -> true, Duration.ofSeconds(2));
        for (ConsumerRecord<String, String> r : raws.subList(0, 5)) {
            kafka.send(Topics.RAW, r.key(), r.value(), Map.of("ce_id", TopicProbe.header(r, "ce_id")));
        }
        int deliveries = submissions.size() + 10 + 5;

        List<String> aggregations = List.of(fixture.aggregation(0), fixture.aggregation(1));
        // both instances have applied every delivered verdict: each applied only its share, none twice
        await().atMost(WAIT).untilAsserted(() -> assertThat(aggregations.stream()
                .mapToDouble(a -> metric(a, "aggregation_outcomes_total", "effect=\"counted\"")
                        + metric(a, "aggregation_outcomes_total", "effect=\"unchanged\"")).sum())
                .isEqualTo(deliveries));
        for (String a : aggregations) {
            assertThat(metric(a, "aggregation_outcomes_total", "effect=\"counted\"")).as("work done by " + a)
                    .isPositive();
        }
        assertThat(aggregations.stream().mapToDouble(a -> metric(a, "aggregation_outcomes_total",
                "effect=\"counted\"")).sum()).as("submissions counted").isEqualTo(submissions.size());
        for (int i = 0; i < 2; i++) {
            assertThat(metric(fixture.validation(i), "validation_batch_size_count", "")).as("validation " + i)
                    .isPositive();
        }

        // the rollups: each agency once, its newest submission, at every level, on either instance
        for (String a : aggregations) {
            JsonPath provinces = given().baseUri(a).get("/api/v1/rollups?level=province&year=" + YEAR).jsonPath();
            long total = 0;
            for (String p : List.of("61", "41", "32")) {
                long validated = provinces.getLong("find { it.regionCode == '" + p + "' }.validatedReports");
                assertThat(validated).as(p).isEqualTo(12);
                assertThat(provinces.getLong("find { it.regionCode == '" + p + "' }.rejectedReports")).isZero();
                total += validated;
                long received = newest.entrySet().stream().filter(e -> e.getKey().startsWith(p))
                        .mapToLong(e -> e.getValue().get("applications.newReceived.total").longValue()).sum();
                assertThat(provinces.getLong("find { it.regionCode == '" + p
                        + "' }.figures.applications.newReceived.total")).as(p + " newReceived").isEqualTo(received);
            }
            assertThat(total).isEqualTo(townships.size());
        }
        for (Region t : townships) {
            String county = t.code().substring(0, 6);
            given().baseUri(fixture.aggregation(1)).auth().oauth2(fixture.viewerToken())
                    .get("/api/v1/regions/" + county + "/reports?year=" + YEAR)
                    .then().statusCode(200).body("find { it.agencyCode == '" + t.code() + "' }.submissionId",
                            equalTo(newestSubmission.get(t.code())));
        }
        // nothing for a rebuild to repair
        given().baseUri(fixture.aggregation(1)).auth().oauth2(fixture.adminToken())
                .post("/api/v1/admin/rollups/rebuild?year=" + YEAR).then()
                .statusCode(200).body("changedRollups", equalTo(0));

        // the ops figures: pipeline-wide and the same on both instances, not one per instance nor doubled
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            for (String a : aggregations) {
                given().baseUri(a).auth().oauth2(fixture.viewerToken()).get("/api/v1/ops/pipeline").then().statusCode(200)
                        .body("outcomesTotal", equalTo(submissions.size())).body("totalLag", equalTo(0));
            }
        });
    }
}
