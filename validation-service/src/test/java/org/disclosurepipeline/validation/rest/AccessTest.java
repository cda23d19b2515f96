package org.disclosurepipeline.validation.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.disclosurepipeline.localstack.auth.DevTokens;
import org.disclosurepipeline.localstack.quarkus.LocalStackTestResource;
import org.disclosurepipeline.localstack.quarkus.TestTokens;
import org.junit.jupiter.api.Test;

/**
 * The dry run is for signed-in users (it parses up to 20 MB per request); a dry run for an agency is for those
 * who may see its reports: a submitter or reviewer of a region covering it, a viewer, an admin. Re-validations
 * (re-reading a year of reports.raw and publishing every verdict again) are for admins only.
 */
@QuarkusTest
@WithTestResource(value = LocalStackTestResource.class,
        initArgs = @ResourceArg(name = "database", value = "validation"))
class AccessTest {

    static ValidatableResponse dryRun(String token, String query) throws Exception {
        var request = token == null ? given() : given().auth().oauth2(token);
        return request.contentType("text/plain; charset=UTF-8")
                .body(Files.readAllBytes(Path.of("../samples/000-erli-610722111.txt")))
                .post("/api/v1/validate" + query).then();
    }

    @Test
    void noTokenNoDryRun() throws Exception {
        dryRun(null, "").statusCode(401).contentType("application/problem+json")
                .body("errors[0].field", equalTo("Authorization"));
        dryRun(TestTokens.tokens().expired("clerk", List.of("submitter"), "610722"), "").statusCode(401);
        dryRun(DevTokens.generate().admin(), "").statusCode(401); // a key nobody trusts
    }

    @Test
    void aDryRunForAnAgencyNeedsATokenCoveringIt() throws Exception {
        String erli = "?agency=610722111&year=2024";
        dryRun(TestTokens.submitter("410425"), erli).statusCode(403).contentType("application/problem+json")
                .body("errors[0].field", equalTo("Authorization"));
        dryRun(TestTokens.reviewer("610722114"), erli).statusCode(403);
        dryRun(TestTokens.submitter("6"), erli).statusCode(403); // not a registry code: no prefix of five provinces
        dryRun(TestTokens.submitter("610722111"), erli).statusCode(200).body("verdict", equalTo("VALIDATED"));
        dryRun(TestTokens.reviewer("6107"), erli).statusCode(200);
        dryRun(TestTokens.viewer(), erli).statusCode(200);
        dryRun(TestTokens.admin(), erli).statusCode(200);
        dryRun(TestTokens.submitter("410425"), "").statusCode(200); // no agency: any signed-in role
    }

    @Test
    void reValidationsAreForAdminsOnly() {
        // a year nothing was published in: the admin's job finds nothing to re-check
        String start = "/api/v1/admin/revalidations?year=2031";
        given().post(start).then().statusCode(401).contentType("application/problem+json")
                .body("errors[0].field", equalTo("Authorization"));
        given().get("/api/v1/admin/revalidations").then().statusCode(401);
        for (String token : List.of(TestTokens.submitter("61"), TestTokens.reviewer("61"), TestTokens.viewer())) {
            given().auth().oauth2(token).post(start).then().statusCode(403).contentType("application/problem+json")
                    .body("errors[0].field", equalTo("Authorization"));
            given().auth().oauth2(token).get("/api/v1/admin/revalidations").then().statusCode(403);
        }
        given().auth().oauth2(DevTokens.generate().admin()).post(start).then().statusCode(401); // untrusted key
        String location = given().auth().oauth2(TestTokens.admin()).post(start).then().statusCode(202)
                .extract().header("Location");
        given().get(location).then().statusCode(401);
        given().auth().oauth2(TestTokens.viewer()).get(location).then().statusCode(403);
        given().auth().oauth2(TestTokens.admin()).get(location).then().statusCode(200).body("year", equalTo(2031));
    }
}
