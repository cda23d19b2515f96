package org.disclosurepipeline.ingest.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.disclosurepipeline.ingest.support.TestTokens;
import org.disclosurepipeline.localstack.auth.DevTokens;
import org.disclosurepipeline.localstack.quarkus.LocalStackTestResource;
import org.junit.jupiter.api.Test;

/** Region-scoped access: a township submits only for itself, a county for its townships; no token, no entry. */
@QuarkusTest
@WithTestResource(value = LocalStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "ingest"))
class AccessTest {

    static io.restassured.response.ValidatableResponse post(String token, String agency, String body) {
        var request = given();
        if (token != null) {
            request = request.auth().oauth2(token);
        }
        return request.contentType("text/plain; charset=UTF-8").body(body)
                .post("/api/v1/reports?agency=" + agency + "&year=2024").then();
    }

    @Test
    void aTownshipTokenCannotSubmitForAnotherTownship() {
        post(TestTokens.submitter("610722111"), "610722114", "双溪镇 access test").statusCode(403)
                .contentType("application/problem+json").body("detail", containsString("610722111"));
    }

    @Test
    void aCountyTokenSubmitsForItsTownships() {
        post(TestTokens.submitter("610722"), "610722114", "双溪镇 by the county").statusCode(202);
        post(TestTokens.submitter("61"), "610722111", "二里镇 by the province").statusCode(202);
        post(TestTokens.submitter("610722"), "410425108", "another province").statusCode(403);
    }

    @Test
    void withoutAValidTokenThereIsNoEntry() {
        post(null, "610722111", "no token").statusCode(401).contentType("application/problem+json");
        post("not.a.token", "610722111", "garbage token").statusCode(401);
        String foreign = DevTokens.generate().admin(); // signed by a key the service does not trust
        post(foreign, "610722111", "foreign key").statusCode(401);
        given().get("/api/v1/submissions/8d3f0d55-5a59-4d49-9f07-4b8e1c2f0000").then().statusCode(401);
    }

    @Test
    void viewersReadButDoNotSubmitAndSubmittersSeeOnlyTheirRegion() {
        post(TestTokens.viewer(), "610722111", "viewer").statusCode(403);
        post(TestTokens.tokens().mint("clerk", List.of("submitter"), null), "610722111", "no region").statusCode(403)
                .body("detail", containsString("region"));
        String id = post(TestTokens.submitter("610722111"), "610722111", "二里镇 visibility test").statusCode(202)
                .extract().path("submissionId");
        given().auth().oauth2(TestTokens.viewer()).get("/api/v1/submissions/" + id).then().statusCode(200);
        given().auth().oauth2(TestTokens.submitter("6107")).get("/api/v1/submissions/" + id).then().statusCode(200);
        given().auth().oauth2(TestTokens.submitter("610722114")).get("/api/v1/submissions/" + id).then()
                .statusCode(403);
    }
}
