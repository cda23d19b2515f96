package org.disclosurepipeline.aggregation.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.disclosurepipeline.aggregation.support.SyntheticOutcomes;
import org.disclosurepipeline.contract.events.ReportOutcomeEvent;
import org.disclosurepipeline.contract.events.Topics;
import org.disclosurepipeline.contract.events.Verdict;
import org.disclosurepipeline.core.regions.Region;
import org.disclosurepipeline.core.regions.RegionRegistry;
import org.disclosurepipeline.localstack.kafka.TopicProbe;
import org.disclosurepipeline.localstack.quarkus.LocalStackTestResource;
import org.disclosurepipeline.localstack.quarkus.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every query endpoint against the real broker and database, over reports for real townships of 城固县 (610722)
 * and 洋县 (610723): three validated (one late), one rejected, one validated in the neighbouring county.
 */
@QuarkusTest
@WithTestResource(value = LocalStackTestResource.class,
        initArgs = @ResourceArg(name = "database", value = "aggregation"))
class RollupApiTest {

    static final int YEAR = 2031;
    static final RegionRegistry REGIONS = RegionRegistry.bundled();
    static final Instant ON_TIME = Instant.parse("2032-01-20T02:00:00Z");
    static final Instant LATE = Instant.parse("2032-02-05T02:00:00Z");
    static final List<ReportOutcomeEvent> SENT = new ArrayList<>();

    @BeforeEach
    void seedOnce() {
        synchronized (SENT) {
            if (!SENT.isEmpty()) {
                return;
            }
            SyntheticOutcomes outcomes = new SyntheticOutcomes(31);
            List<Region> chenggu = REGIONS.children("610722");
            SENT.add(outcomes.outcome(chenggu.get(0), YEAR, ON_TIME, false));
            SENT.add(outcomes.outcome(chenggu.get(1), YEAR, ON_TIME, false));
            SENT.add(outcomes.outcome(chenggu.get(2), YEAR, LATE, false));
            SENT.add(outcomes.outcome(chenggu.get(3), YEAR, ON_TIME, true));
            SENT.add(outcomes.outcome(REGIONS.children("610723").get(0), YEAR, ON_TIME, false));
            assertThat(SENT.stream().map(ReportOutcomeEvent::verdict)).containsExactly(Verdict.VALIDATED,
                    Verdict.VALIDATED, Verdict.VALIDATED, Verdict.REJECTED, Verdict.VALIDATED);
            SENT.forEach(SyntheticOutcomes::publish);
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(TestTokens.viewer()).get("/api/v1/rollups/6107?year=" + YEAR)
                    .then().statusCode(200).body("validatedReports", equalTo(4)).body("rejectedReports", equalTo(1)));
        }
    }

    static BigDecimal sumOfValidated(String cell, String countyPrefix) {
        return SENT.stream().filter(e -> e.verdict() == Verdict.VALIDATED && e.agencyCode().startsWith(countyPrefix))
                .map(e -> e.report().decimal(cell)).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    @Test
    void aCountyRollupHasCompletenessRatesAndTheMissingTownshipsByName() {
        JsonPath county = given().auth().oauth2(TestTokens.viewer()).get("/api/v1/rollups/610722?year=" + YEAR).then().statusCode(200)
                .extract().jsonPath();
        int expected = REGIONS.townshipsUnder("610722").size();
        assertThat(county.getString("name")).isEqualTo("城固县");
        assertThat(county.getInt("completeness.expected")).isEqualTo(expected);
        assertThat(county.getInt("completeness.submitted")).isEqualTo(4);
        assertThat(county.getInt("completeness.validated")).isEqualTo(3);
        assertThat(county.getInt("completeness.rejected")).isEqualTo(1);
        assertThat(county.getInt("completeness.onTime")).isEqualTo(3);
        assertThat(county.getInt("completeness.late")).isEqualTo(1);
        assertThat(county.getString("completeness.dueOn")).isEqualTo("2032-01-31");
        assertThat(county.getInt("completeness.missingCount")).isEqualTo(expected - 4);
        List<String> missing = county.getList("completeness.missing.code");
        assertThat(missing).hasSize(expected - 4).doesNotContain(SENT.get(0).agencyCode(), SENT.get(3).agencyCode())
                .contains(REGIONS.children("610722").get(4).code());
        assertThat(county.getString("completeness.missing[0].name"))
                .isEqualTo(REGIONS.find(missing.get(0)).orElseThrow().name());
        assertThat(county.getLong("figures.applications.newReceived.total"))
                .isEqualTo(sumOfValidated("applications.newReceived.total", "610722").longValue());
        BigDecimal granted = sumOfValidated("applications.granted.total", "610722");
        BigDecimal processed = sumOfValidated("applications.totalProcessed.total", "610722");
        if (processed.signum() > 0) {
            assertThat(county.getDouble("rates.grantedShare"))
                    .isCloseTo(granted.doubleValue() / processed.doubleValue(), org.assertj.core.data.Offset.offset(1e-6));
        }
        // the province sums both counties
        given().auth().oauth2(TestTokens.viewer()).get("/api/v1/rollups/61?year=" + YEAR).then().statusCode(200).body("level", equalTo("province"))
                .body("completeness.validated", equalTo(4)).body("completeness.expected",
                        equalTo(REGIONS.townshipsUnder("61").size()));
    }

    @Test
    void childrenOfARegionAsJsonAndCsv() {
        JsonPath counties = given().auth().oauth2(TestTokens.viewer()).get("/api/v1/rollups?level=county&parent=6107&year=" + YEAR).then()
                .statusCode(200).extract().jsonPath();
        assertThat(counties.getList("regionCode")).hasSize(REGIONS.children("6107").size()).contains("610722");
        assertThat(counties.getInt("find { it.regionCode == '610722' }.completeness.validated")).isEqualTo(3);
        assertThat(counties.getInt("find { it.regionCode == '610723' }.validatedReports")).isEqualTo(1);
        assertThat(counties.getString("find { it.regionCode == '610722' }.completeness.missing")).isNull();

        String csv = given().auth().oauth2(TestTokens.viewer()).accept("text/csv").get("/api/v1/rollups?level=county&parent=61&year=" + YEAR).then()
                .statusCode(200).contentType(startsWith("text/csv")).extract().asString();
        List<String> lines = csv.lines().toList();
        assertThat(lines.get(0)).startsWith("\uFEFFregionCode,level,name,year,expected,submitted,validated")
                .contains("applications.newReceived.total");
        assertThat(lines).hasSize(1 + (int) REGIONS.all().stream()
                .filter(r -> r.code().length() == 6 && r.code().startsWith("61")).count());
        assertThat(lines).anyMatch(l -> l.startsWith("610722,county,城固县," + YEAR + ","));
        given().auth().oauth2(TestTokens.viewer()).get("/api/v1/rollups?level=county&parent=61&year=" + YEAR + "&format=csv").then().statusCode(200)
                .contentType(startsWith("text/csv"));

        // a page at a time: the total in X-Total-Count, the next page in a Link header
        int counties61 = (int) REGIONS.all().stream().filter(r -> r.code().length() == 6 && r.code().startsWith("61"))
                .count();
        io.restassured.response.Response first = given().auth().oauth2(TestTokens.viewer()).get("/api/v1/rollups?level=county&parent=61&limit=50&year="
                + YEAR);
        first.then().statusCode(200).header("X-Total-Count", String.valueOf(counties61)).body("size()", equalTo(50));
        assertThat(first.header("Link")).contains("offset=50").contains("rel=\"next\"");
        given().auth().oauth2(TestTokens.viewer()).get("/api/v1/rollups?level=county&parent=61&limit=50&offset=100&year=" + YEAR).then()
                .body("size()", equalTo(counties61 - 100)).header("Link", org.hamcrest.Matchers.nullValue());
        List<String> all = given().auth().oauth2(TestTokens.viewer()).get("/api/v1/rollups?level=county&parent=61&limit=1000&year=" + YEAR).jsonPath()
                .getList("regionCode");
        assertThat(first.jsonPath().getList("regionCode", String.class)).isEqualTo(all.subList(0, 50));
        given().auth().oauth2(TestTokens.viewer()).get("/api/v1/rollups?level=county&parent=61&limit=50&offset=50&year=" + YEAR).then()
                .body("regionCode", equalTo(all.subList(50, 100)));
        given().auth().oauth2(TestTokens.viewer()).get("/api/v1/rollups?level=county&year=" + YEAR).then().statusCode(200).body("size()", equalTo(200))
                .header("X-Total-Count", String.valueOf(REGIONS.all().stream().filter(r -> r.code().length() == 6)
                        .count()));
        given().auth().oauth2(TestTokens.viewer()).get("/api/v1/rollups?level=county&parent=61&limit=0&year=" + YEAR).then().statusCode(400);
        given().auth().oauth2(TestTokens.viewer()).get("/api/v1/rollups?level=county&parent=61&offset=-1&year=" + YEAR).then().statusCode(400);

        given().auth().oauth2(TestTokens.viewer()).get("/api/v1/rollups?level=province&year=" + YEAR).then().statusCode(200)
                .body("size()", equalTo((int) REGIONS.all().stream().filter(r -> r.code().length() == 2).count()))
                .body("find { it.regionCode == '61' }.completeness.submitted", equalTo(5));
    }

    @Test
    void eachAgencysLatestStatusWithFindingsAndTheMissingOnes() {
        ReportOutcomeEvent rejected = SENT.get(3);
        JsonPath reports = given().auth().oauth2(TestTokens.viewer()).get("/api/v1/regions/610722/reports?year=" + YEAR).then().statusCode(200)
                .extract().jsonPath();
        assertThat(reports.getList("agencyCode")).hasSize(REGIONS.townshipsUnder("610722").size());
        String row = "find { it.agencyCode == '" + rejected.agencyCode() + "' }";
        assertThat(reports.getString(row + ".status")).isEqualTo("REJECTED");
        assertThat(reports.getInt(row + ".errors")).isPositive();
        assertThat(reports.getList(row + ".findings.rule")).isNotEmpty();
        assertThat(reports.getString("find { it.agencyCode == '" + SENT.get(2).agencyCode() + "' }.onTime"))
                .isEqualTo("false");
        given().auth().oauth2(TestTokens.viewer()).get("/api/v1/regions/610722/reports?year=" + YEAR + "&status=MISSING").then().statusCode(200)
                .body("size()", equalTo(REGIONS.townshipsUnder("610722").size() - 4));
        JsonPath second = given().auth().oauth2(TestTokens.viewer()).get("/api/v1/regions/610722/reports?limit=2&offset=1&year=" + YEAR).then()
                .statusCode(200).header("X-Total-Count", String.valueOf(REGIONS.townshipsUnder("610722").size()))
                .extract().jsonPath();
        assertThat(second.getList("agencyCode")).isEqualTo(reports.getList("agencyCode").subList(1, 3));
        given().auth().oauth2(TestTokens.viewer()).get("/api/v1/regions/610722/reports?status=REJECTED&year=" + YEAR).then().statusCode(200)
                .header("X-Total-Count", "1").body("[0].agencyCode", equalTo(rejected.agencyCode()));
        given().auth().oauth2(TestTokens.viewer()).get("/api/v1/regions/" + rejected.agencyCode() + "/reports?year=" + YEAR).then().statusCode(200)
                .body("size()", equalTo(1)).body("[0].submissionId", equalTo(rejected.submissionId().toString()));

        String csv = given().auth().oauth2(TestTokens.viewer()).accept("text/csv").get("/api/v1/regions/610722/reports?year=" + YEAR).then()
                .statusCode(200).contentType(startsWith("text/csv")).extract().asString();
        assertThat(csv.lines().findFirst().orElseThrow()).isEqualTo("\uFEFFagencyCode,agencyName,status,submissionId,"
                + "receivedAt,onTime,errors,warnings,rules");
        assertThat(csv).contains(rejected.agencyCode() + "," + rejected.agencyName() + ",REJECTED,");
    }

    @Test
    void theMostFrequentRejectionReasonsLinkToTheReports() {
        ReportOutcomeEvent rejected = SENT.get(3);
        JsonPath reasons = given().auth().oauth2(TestTokens.viewer()).get("/api/v1/regions/61/rejections?year=" + YEAR).then().statusCode(200)
                .extract().jsonPath();
        assertThat(reasons.getList("rule")).isNotEmpty();
        assertThat(reasons.getList("[0].agencies.submissionId")).contains(rejected.submissionId().toString());
        String rule = reasons.getString("[0].rule");
        assertThat(rejected.findings()).anyMatch(f -> f.isError() && f.rule().equals(rule));
        given().auth().oauth2(TestTokens.viewer()).accept("text/csv").get("/api/v1/regions/61/rejections?year=" + YEAR).then().statusCode(200)
                .contentType(startsWith("text/csv"));

        given().auth().oauth2(TestTokens.viewer()).get("/api/v1/reports/" + rejected.submissionId()).then().statusCode(200)
                .body("verdict", equalTo("REJECTED")).body("current", equalTo(true))
                .body("agencyCode", equalTo(rejected.agencyCode()));
        given().auth().oauth2(TestTokens.viewer()).get("/api/v1/regions/610722").then().statusCode(200).body("path.code", equalTo(List.of("61", "6107",
                "610722"))).body("children.size()", equalTo(REGIONS.children("610722").size()));
    }

    @Test
    void changedRollupsArePublishedKeyedByRegion() {
        TopicProbe kafka = SyntheticOutcomes.kafka();
        for (String region : List.of("610722", "6107", "61")) {
            var records = kafka.await(Topics.ROLLUPS_CHANGED, r -> region.equals(r.key())
                    && r.value().contains("\"year\":" + YEAR), 1, Duration.ofSeconds(20));
            assertThat(records).as(region).isNotEmpty();
            assertThat(TopicProbe.header(records.get(0), "ce_type")).isEqualTo("rollup.changed.v1");
            assertThat(TopicProbe.header(records.get(0), "ce_subject")).isEqualTo(region);
        }
    }

    @Test
    void badInputIsAProblemNamingTheParameter() {
        Map<String, Integer> cases = Map.ofEntries(
                Map.entry("/api/v1/rollups/999999?year=2031", 404),
                Map.entry("/api/v1/rollups/61072?year=2031", 404),
                Map.entry("/api/v1/rollups/610722?year=abc", 400),
                Map.entry("/api/v1/rollups/610722", 400),
                Map.entry("/api/v1/rollups?level=town&year=2031", 400),
                Map.entry("/api/v1/rollups?level=province&parent=61&year=2031", 400),
                Map.entry("/api/v1/rollups?level=county&parent=99&year=2031", 404),
                Map.entry("/api/v1/regions/999999999/reports?year=2031", 404),
                Map.entry("/api/v1/regions/610722/reports?year=2031&status=LOST", 400),
                Map.entry("/api/v1/regions/12/rejections?year=2031&limit=0", 400),
                Map.entry("/api/v1/regions/1234567/rejections?year=2031", 404),
                Map.entry("/api/v1/regions/99", 404),
                Map.entry("/api/v1/reports/not-a-uuid", 400),
                Map.entry("/api/v1/reports/00000000-0000-0000-0000-000000000000", 404),
                Map.entry("/api/v1/rollups/stream?year=20x", 400));
        cases.forEach((path, status) -> given().auth().oauth2(TestTokens.viewer()).get(path).then().statusCode(status)
                .contentType("application/problem+json").body("status", equalTo(status))
                .body("errors[0].field", org.hamcrest.Matchers.not(org.hamcrest.Matchers.emptyOrNullString())));
        given().auth().oauth2(TestTokens.viewer()).get("/api/v1/rollups/610722?year=abc").then().body("detail", startsWith("year:"));
    }
}
