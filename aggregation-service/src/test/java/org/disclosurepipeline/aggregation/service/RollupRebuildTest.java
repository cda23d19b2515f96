package org.disclosurepipeline.aggregation.service;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.disclosurepipeline.aggregation.model.ReportFact;
import org.disclosurepipeline.aggregation.model.Rollup;
import org.disclosurepipeline.aggregation.support.ExpectedRollups;
import org.disclosurepipeline.aggregation.support.SyntheticOutcomes;
import org.disclosurepipeline.contract.events.ReportOutcomeEvent;
import org.disclosurepipeline.core.regions.Region;
import org.disclosurepipeline.core.regions.RegionRegistry;
import org.disclosurepipeline.localstack.quarkus.LocalStackTestResource;
import org.disclosurepipeline.localstack.quarkus.TestTokens;
import org.junit.jupiter.api.Test;

/**
 * Maintained rollups equal what the verdicts sent must add up to (sums compared by value), and a rebuild from the stored facts, after a
 * random mix through the real broker of first submissions, resubmissions (newer, and older ones arriving late),
 * rejected reports, redeliveries and re-checks under a newer rules version.
 */
@QuarkusTest
@WithTestResource(value = LocalStackTestResource.class,
        initArgs = @ResourceArg(name = "database", value = "aggregation"))
class RollupRebuildTest {

    static final int YEAR = 2032;

    @Inject
    RollupRebuilder rebuilder;

    @Test
    void maintainedRollupsEqualTheVerdictsSumsAndARebuildAfterARandomMix() {
        Random random = new Random(2032);
        SyntheticOutcomes outcomes = new SyntheticOutcomes(2032);
        // townships of two cities of 陕西, so that county, city and province rollups all get several reports
        List<Region> townships = new ArrayList<>(RegionRegistry.bundled().townshipsUnder("610722").subList(0, 6));
        townships.addAll(RegionRegistry.bundled().townshipsUnder("610723").subList(0, 4));
        townships.addAll(RegionRegistry.bundled().townshipsUnder("6101").subList(0, 4));
        List<ReportOutcomeEvent> sent = new ArrayList<>();
        Set<UUID> distinct = new HashSet<>();
        Instant base = Instant.parse("2033-01-05T00:00:00Z");
        for (int i = 0; i < 60; i++) {
            ReportOutcomeEvent e;
            int dice = random.nextInt(10);
            if (!sent.isEmpty() && dice < 2) {
                e = sent.get(random.nextInt(sent.size())); // a redelivery
            } else if (!sent.isEmpty() && dice == 2) { // a re-check under a newer rules version
                e = outcomes.recheck(sent.get(random.nextInt(sent.size())), "2026.11.2." + (1 + i),
                        random.nextBoolean());
            } else {
                Region t = townships.get(random.nextInt(townships.size()));
                // mostly newer than what came before; sometimes an older submission arriving late
                Instant received = base.plusSeconds(random.nextInt(4) == 0 ? -3600L * i : 3600L * i);
                e = outcomes.outcome(t, YEAR, received, random.nextInt(4) == 0);
            }
            sent.add(e);
            distinct.add(e.submissionId());
            SyntheticOutcomes.publish(e);
        }
        Map<String, ExpectedRollups.Expected> expected = ExpectedRollups.of(sent);
        await().atMost(Duration.ofSeconds(60)).until(() -> QuarkusTransaction.requiringNew()
                .call(() -> ReportFact.count("year", YEAR)) == distinct.size() && maintained().equals(expected));

        assertThat(maintained()).isEqualTo(expected);
        assertThat(expected).containsKeys("610722/" + YEAR, "6101/" + YEAR, "61/" + YEAR);
        assertThat(rebuilder.differences(YEAR)).isEmpty();
        // the rebuild endpoint agrees: nothing to repair
        given().auth().oauth2(TestTokens.admin()).post("/api/v1/admin/rollups/rebuild?year=" + YEAR).then().statusCode(200)
                .body("years", equalTo(List.of(YEAR))).body("changedRollups", equalTo(0));
    }

    /** The stored rollups of the year that count something, in the oracle's terms. */
    static Map<String, ExpectedRollups.Expected> maintained() {
        return QuarkusTransaction.requiringNew().call(() -> {
            Map<String, ExpectedRollups.Expected> m = new TreeMap<>();
            for (Rollup r : Rollup.<Rollup>list("year", YEAR)) {
                if (r.validatedReports + r.rejectedReports > 0) {
                    Map<String, BigDecimal> figures = new TreeMap<>();
                    r.figures.forEach((k, v) -> figures.put(k, v.stripTrailingZeros()));
                    m.put(r.regionCode + "/" + r.year, new ExpectedRollups.Expected(r.validatedReports,
                            r.rejectedReports, figures));
                }
            }
            return m;
        });
    }

    @Test
    void aRebuildRepairsADamagedRollup() {
        int year = 2035;
        SyntheticOutcomes outcomes = new SyntheticOutcomes(2035);
        Region t = RegionRegistry.bundled().children("610722").get(0);
        SyntheticOutcomes.publish(outcomes.outcome(t, year, Instant.now(), false));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().get("/api/v1/rollups/61?year=" + year)
                .then().body("validatedReports", equalTo(1)));
        QuarkusTransaction.requiringNew().run(() -> Rollup.update("validatedReports = 7 where regionCode = ?1"
                + " and year = ?2", "61", year));
        given().get("/api/v1/rollups/61?year=" + year).then().body("validatedReports", equalTo(7));
        assertThat(rebuilder.differences(year)).containsExactly("61");
        given().auth().oauth2(TestTokens.admin()).post("/api/v1/admin/rollups/rebuild?year=" + year).then().statusCode(200)
                .body("changedRollups", equalTo(1)).body("changedRegions", equalTo(List.of("61/" + year)));
        given().get("/api/v1/rollups/61?year=" + year).then().body("validatedReports", equalTo(1));
        assertThat(rebuilder.differences(year)).isEmpty();
        given().auth().oauth2(TestTokens.admin()).post("/api/v1/admin/rollups/rebuild?year=x").then().statusCode(400)
                .contentType("application/problem+json");
    }
}
