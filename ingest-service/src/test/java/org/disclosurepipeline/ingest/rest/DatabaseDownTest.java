package org.disclosurepipeline.ingest.rest;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import org.disclosurepipeline.localstack.infra.PostgresServer;
import org.disclosurepipeline.localstack.quarkus.LocalStackTestResource;
import org.disclosurepipeline.localstack.quarkus.SharedInfrastructure;
import org.disclosurepipeline.localstack.quarkus.TestTokens;
import org.junit.jupiter.api.Test;

/**
 * While the database is unreachable an upload cannot be promised: it gets 503 with Retry-After (problem+json), which
 * report-upload retries, not a 500 it would give up on. Once the database is back, uploads are accepted again.
 */
@QuarkusTest
@WithTestResource(value = LocalStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "ingest"))
class DatabaseDownTest {

    static io.restassured.response.ValidatableResponse upload(String text) {
        return given().auth().oauth2(TestTokens.submitter("610722")).contentType("text/plain; charset=UTF-8")
                .body(text).post("/api/v1/reports?agency=610722114&year=2024").then();
    }

    @Test
    void uploadsWhileTheDatabaseIsDownGet503WithRetryAfter() {
        PostgresServer postgres = SharedInfrastructure.get().postgres();
        postgres.close();
        try {
            upload("database-down upload " + System.nanoTime()).statusCode(503)
                    .header("Retry-After", equalTo("5")).contentType("application/problem+json")
                    .body("status", equalTo(503));
        } finally {
            postgres.start();
        }
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() ->
                upload("after the database is back " + System.nanoTime()).statusCode(202));
    }
}
