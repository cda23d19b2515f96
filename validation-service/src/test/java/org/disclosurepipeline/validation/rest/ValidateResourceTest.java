package org.disclosurepipeline.validation.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.file.Files;
import java.nio.file.Path;
import org.disclosurepipeline.localstack.quarkus.LocalStackTestResource;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = LocalStackTestResource.class,
        initArgs = @ResourceArg(name = "database", value = "validation"))
class ValidateResourceTest {

    @Test
    void aDryRunAnswersTheVerdictTheReportAndTheFindings() throws Exception {
        given().contentType("text/plain; charset=UTF-8")
                .body(Files.readAllBytes(Path.of("../samples/000-erli-610722111.txt")))
                .when().post("/api/v1/validate?agency=610722111&year=2024")
                .then().statusCode(200)
                .body("verdict", equalTo("VALIDATED"))
                .body("report.applications.newReceived.total", equalTo(0))
                .body("report.publishedOn", equalTo("2025-01-24"))
                .body("findings.rule", hasItem("R-FMT-LABEL"))
                .body("rulesVersion", notNullValue());
    }

    @Test
    void anEmptyBodyIsAProblem() {
        given().contentType("text/plain").body(new byte[0])
                .when().post("/api/v1/validate")
                .then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void theApiIsDescribedInOpenApi() {
        given().when().get("/q/openapi?format=json")
                .then().statusCode(200).body("paths.'/api/v1/validate'.post.summary", notNullValue());
    }
}
