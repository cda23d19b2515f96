package org.disclosurepipeline.validation.service;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.disclosurepipeline.contract.events.EventCodec;
import org.disclosurepipeline.contract.events.RawReportEvent;
import org.disclosurepipeline.contract.events.Topics;
import org.disclosurepipeline.localstack.kafka.TopicProbe;
import org.disclosurepipeline.localstack.quarkus.LocalStackTestResource;
import org.disclosurepipeline.localstack.quarkus.TestTokens;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/**
 * A year re-checked from reports.raw under the current rules version: submissions whose verdict on record is of
 * an older version are checked again and published again, changed verdicts are counted with the rules that
 * changed them, and those already under the current version are skipped.
 */
@QuarkusTest
@WithTestResource(value = LocalStackTestResource.class,
        initArgs = @ResourceArg(name = "database", value = "validation"))
class RevalidationTest {

    static final int YEAR = 2037;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    ValidationService validation;

    static RequestSpecification admin() {
        return given().auth().oauth2(TestTokens.admin());
    }

    TopicProbe kafka() {
        return new TopicProbe(ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class));
    }

    RawReportEvent publish(String agency, String sample) throws IOException {
        // the seed report of 2024 as if it were of 2037, so that it is validated
        String text = Files.readString(Path.of("../samples", sample)).replace("2024年", "2037年")
                .replace("2025年", "2038年");
        RawReportEvent e = new RawReportEvent(UUID.randomUUID(), agency, null, YEAR, Instant.now(), "text",
                "0".repeat(64), text.length(), text, null);
        kafka().send(Topics.RAW, e.countyCode(), EventCodec.encode(e), Map.of());
        return e;
    }

    List<String> verdicts(RawReportEvent e, int count) {
        return kafka().await(Topics.VALIDATED, r -> e.submissionId().toString().equals(TopicProbe.header(r, "ce_id")),
                count, Duration.ofSeconds(30)).stream().map(r -> TopicProbe.header(r, "ce_rulesversion")).toList();
    }

    void pretendOlder(UUID submission, String verdict, String errorRules) throws Exception {
        try (Connection c = dataSource.getConnection(); PreparedStatement u = c.prepareStatement("update verdict"
                + " set rules_version = '2020.1.0', verdict = ?, error_rules = ?::text[] where submission_id = ?")) {
            u.setString(1, verdict);
            u.setString(2, errorRules);
            u.setObject(3, submission);
            assertThat(u.executeUpdate()).isEqualTo(1);
        }
    }

    JsonPath awaitDone(String location) {
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> admin().get(location).then().statusCode(200)
                .body("state", equalTo("DONE")));
        return admin().get(location).then().extract().jsonPath();
    }

    @Test
    void aYearIsReCheckedFromTheLogAndTheChangedVerdictsAreCountedByRule() throws Exception {
        RawReportEvent wasRejected = publish("610722111", "000-erli-610722111.txt");
        RawReportEvent wasOlder = publish("610722114", "001-shuangxi-610722114.txt");
        RawReportEvent current = publish("120119123", "003-dongerying-120119123.txt");
        for (RawReportEvent e : List.of(wasRejected, wasOlder, current)) {
            assertThat(verdicts(e, 1)).containsExactly(validation.rulesVersion());
        }
        // as if the first two had been checked by an older catalogue, which rejected the first
        pretendOlder(wasRejected.submissionId(), "REJECTED", "{R-T3-BALANCE}");
        pretendOlder(wasOlder.submissionId(), "VALIDATED", "{}");

        String location = admin().post("/api/v1/admin/revalidations?year=" + YEAR).then().statusCode(202)
                .body("state", equalTo("RUNNING")).body("rulesVersion", equalTo(validation.rulesVersion()))
                .extract().header("Location");
        JsonPath job = awaitDone(location);
        assertThat(job.getLong("matched")).isEqualTo(3);
        assertThat(job.getLong("rechecked")).isEqualTo(2);
        assertThat(job.getLong("alreadyChecked")).isEqualTo(1);
        assertThat(job.getLong("changed")).isEqualTo(1);
        assertThat(job.getLong("nowValidated")).isEqualTo(1);
        assertThat(job.getLong("nowRejected")).isZero();
        assertThat(job.getMap("changedByRule")).containsExactly(Map.entry("R-T3-BALANCE", 1));
        assertThat(job.getLong("scanned")).isGreaterThanOrEqualTo(3).isLessThanOrEqualTo(job.getLong("logRecords"));
        // the two re-checked submissions were published again under the current version; the third was not
        assertThat(verdicts(wasRejected, 2)).containsExactly(validation.rulesVersion(), validation.rulesVersion());
        assertThat(verdicts(wasOlder, 2)).hasSize(2);
        assertThat(kafka().readAll(Topics.VALIDATED, r -> current.submissionId().toString()
                .equals(TopicProbe.header(r, "ce_id")), Duration.ofSeconds(2))).hasSize(1);

        // one region only: everything there is under the current version now
        JsonPath region = awaitDone(admin().post("/api/v1/admin/revalidations?year=" + YEAR + "&region=1201")
                .then().statusCode(202).extract().header("Location"));
        assertThat(region.getString("region")).isEqualTo("1201");
        assertThat(region.getLong("matched")).isEqualTo(1);
        assertThat(region.getLong("rechecked")).isZero();
        admin().get("/api/v1/admin/revalidations").then().statusCode(200).body("size()",
                org.hamcrest.Matchers.greaterThanOrEqualTo(2));
    }

    @Test
    void badRequestsAreProblems() {
        admin().post("/api/v1/admin/revalidations?year=abc").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("year"));
        admin().post("/api/v1/admin/revalidations").then().statusCode(400).body("errors[0].field", equalTo("year"));
        admin().post("/api/v1/admin/revalidations?year=2024&region=12345").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("region"));
        admin().get("/api/v1/admin/revalidations/" + UUID.randomUUID()).then().statusCode(404)
                .contentType("application/problem+json").body("errors[0].field", equalTo("id"));
        admin().get("/api/v1/admin/revalidations/nope").then().statusCode(400).body("errors[0].field", equalTo("id"));
    }
}
