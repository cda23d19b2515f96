package org.disclosurepipeline.ingest.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.disclosurepipeline.localstack.quarkus.TestTokens;
import org.disclosurepipeline.localstack.auth.DevTokens;
import org.disclosurepipeline.localstack.quarkus.LocalStackTestResource;
import org.junit.jupiter.api.Test;

/**
 * Region-scoped access: a township submits only for itself, a county for its townships; reviewers read their region;
 * a region claim must be a code of the registry; no token, no entry.
 */
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

    static io.restassured.specification.RequestSpecification as(String token) {
        return token == null ? given() : given().auth().oauth2(token);
    }

    @Test
    void reviewersReadTheirRegionButUploadNothing() {
        String id = post(TestTokens.submitter("610722"), "610722114", "双溪镇 reviewer test " + System.nanoTime())
                .statusCode(202).extract().path("submissionId");
        post(TestTokens.reviewer("610722"), "610722114", "a reviewer uploads").statusCode(403)
                .body("errors[0].field", equalTo("Authorization"));
        for (String path : List.of("/api/v1/submissions/" + id, "/api/v1/submissions/" + id + "/original")) {
            as(null).get(path).then().statusCode(401).contentType("application/problem+json");
            as(TestTokens.reviewer("610722111")).get(path).then().statusCode(403); // the township next door
            as(TestTokens.reviewer("410425")).get(path).then().statusCode(403);
            as(TestTokens.reviewer("610722114")).get(path).then().statusCode(200);
            as(TestTokens.reviewer("6107")).get(path).then().statusCode(200);
            as(TestTokens.admin()).get(path).then().statusCode(200);
        }
    }

    @Test
    void aRegionClaimMustBeACodeOfTheRegistry() {
        // "6" was once taken as a prefix: it would cover five provinces
        post(TestTokens.submitter("6"), "610722111", "prefix six").statusCode(403)
                .body("detail", containsString("region registry"));
        post(TestTokens.submitter("610722999"), "610722111", "no such township").statusCode(403);
        post(TestTokens.submitter("61"), "610722111", "province " + System.nanoTime()).statusCode(202);
        post(TestTokens.tokens().expired("office-610722", List.of("submitter"), "610722"), "610722111", "expired")
                .statusCode(401);
    }

    @Test
    void batchesFollowTheSameModel() {
        byte[] zip = org.disclosurepipeline.ingest.support.Documents.zip("a.txt",
                ("二里镇 batch access " + System.nanoTime()).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        as(null).multiPart("archive", "a.zip", zip, "application/zip")
                .multiPart("manifest", "m.csv", "a.txt,610722111,2024".getBytes(), "text/csv")
                .post("/api/v1/batches").then().statusCode(401).contentType("application/problem+json");
        as(TestTokens.viewer()).multiPart("archive", "a.zip", zip, "application/zip")
                .multiPart("manifest", "m.csv", "a.txt,610722111,2024".getBytes(), "text/csv")
                .post("/api/v1/batches").then().statusCode(403);
        String id = as(TestTokens.submitter("610722")).multiPart("archive", "a.zip", zip, "application/zip")
                .multiPart("manifest", "m.csv", "a.txt,610722111,2024\na.txt,410425108,2024".getBytes(), "text/csv")
                .post("/api/v1/batches").then().statusCode(202).extract().path("batchId");
        String progress = "/api/v1/batches/" + id;
        as(null).get(progress).then().statusCode(401);
        as(TestTokens.submitter("410425")).get(progress).then().statusCode(403);
        as(TestTokens.reviewer("610722111")).get(progress).then().statusCode(403); // uploaded by the county
        as(TestTokens.reviewer("610722")).get(progress).then().statusCode(200);
        as(TestTokens.admin()).get(progress).then().statusCode(200)
                .body("items.find { it.agencyCode == '410425108' }.outcome", equalTo("REFUSED"));
    }
}
