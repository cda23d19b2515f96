package org.disclosurepipeline.ingest.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import org.disclosurepipeline.core.synthetic.DocxRenderer;
import org.disclosurepipeline.core.synthetic.HtmlRenderer;
import org.disclosurepipeline.core.synthetic.PdfRenderer;
import org.disclosurepipeline.core.synthetic.ReportGenerator;
import org.disclosurepipeline.core.synthetic.SyntheticReport;
import org.disclosurepipeline.ingest.support.Documents;
import org.disclosurepipeline.ingest.support.RawEvents;
import org.disclosurepipeline.localstack.quarkus.TestTokens;
import org.disclosurepipeline.localstack.quarkus.LocalStackTestResource;
import org.junit.jupiter.api.Test;

/** A ZIP of reports in every format with a manifest: each file gets its own outcome, bad ones do not stop the rest. */
@QuarkusTest
@WithTestResource(value = LocalStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "ingest"))
class BatchResourceTest {

    final ReportGenerator generator = new ReportGenerator(4242);

    static io.restassured.response.ValidatableResponse upload(String token, byte[] zip, String manifest) {
        return given().auth().oauth2(token)
                .multiPart("archive", "reports.zip", zip, "application/zip")
                .multiPart("manifest", "manifest.csv", manifest.getBytes(StandardCharsets.UTF_8), "text/csv")
                .post("/api/v1/batches").then();
    }

    static JsonPath awaitDone(String batchId, String token) {
        await().atMost(Duration.ofSeconds(90)).until(() -> given().auth().oauth2(token)
                .get("/api/v1/batches/" + batchId).then().statusCode(200).extract().<Boolean>path("done"));
        return given().auth().oauth2(token).get("/api/v1/batches/" + batchId).then().extract().jsonPath();
    }

    @Test
    void everyFileOfABatchGetsItsOutcome() throws Exception {
        SyntheticReport docx = generator.next();
        SyntheticReport pdf = generator.next();
        SyntheticReport html = generator.next();
        byte[] word = new DocxRenderer().render(docx);
        String gbkText = Files.readString(Path.of("../samples/001-shuangxi-610722114.txt")) + "\n（批量）";
        byte[] zip = Documents.zip(
                "erli.docx", word,
                "shuangxi.pdf", new PdfRenderer(Documents.font()).render(pdf, 3),
                "pages/erli.html", new HtmlRenderer().render(html).getBytes(StandardCharsets.UTF_8),
                "shuangxi-gbk.txt", gbkText.getBytes(Charset.forName("GBK")),
                "broken.docx", Arrays.copyOf(word, word.length / 2),
                "likou.txt", "outside the county".getBytes(StandardCharsets.UTF_8));
        String manifest = String.join("\n", "file,agency,year",
                "erli.docx,610722111,2021",
                "shuangxi.pdf,610722114,2021",
                "erli.html,610722111,2020",
                "shuangxi-gbk.txt,610722114,2020",
                "broken.docx,610722111,2019",
                "likou.txt,410425108,2024",
                "missing.pdf,610722114,2024",
                "erli.docx,610722999,2024");
        String batchId = upload(TestTokens.submitter("610722"), zip, manifest).statusCode(202)
                .body("files", equalTo(8)).extract().path("batchId");

        JsonPath batch = awaitDone(batchId, TestTokens.submitter("610722"));
        assertThat(batch.getInt("files")).isEqualTo(8);
        assertThat(batch.getMap("outcomes")).isEqualTo(Map.of("RECEIVED", 4, "REFUSED", 4));
        assertThat(batch.getList("items.outcome")).containsExactly("RECEIVED", "RECEIVED", "RECEIVED", "RECEIVED",
                "REFUSED", "REFUSED", "REFUSED", "REFUSED");
        assertThat(batch.getString("items[4].reason")).contains("Word");
        assertThat(batch.getString("items[5].reason")).contains("outside");
        assertThat(batch.getString("items[6].reason")).contains("not in the archive");
        assertThat(batch.getString("items[7].reason")).contains("registry");

        var pdfEvent = RawEvents.await(batch.getString("items[1].submissionId"));
        assertThat(pdfEvent.sourceFormat()).isEqualTo("pdf");
        assertThat(Documents.mismatches(pdf, pdfEvent.content())).isEmpty();
        var gbkEvent = RawEvents.await(batch.getString("items[3].submissionId"));
        // what GBK can hold of the seed (a few symbols of it are outside GBK and came out as '?')
        assertThat(gbkEvent.content()).isEqualTo(new String(gbkText.getBytes(Charset.forName("GBK")),
                Charset.forName("GBK")));
        assertThat(gbkEvent.submittedBy()).isEqualTo("office-610722");

        // the same file again is recognised as the earlier submission
        String again = upload(TestTokens.submitter("610722"), Documents.zip("erli.docx", word),
                "erli.docx,610722111,2021").statusCode(202).extract().path("batchId");
        JsonPath second = awaitDone(again, TestTokens.admin());
        assertThat(second.getBoolean("items[0].duplicate")).isTrue();
        assertThat(second.getString("items[0].submissionId")).isEqualTo(batch.getString("items[0].submissionId"));

        given().auth().oauth2(TestTokens.viewer()).get("/api/v1/batches/" + batchId).then().statusCode(200);
        given().auth().oauth2(TestTokens.submitter("610722111")).get("/api/v1/batches/" + batchId).then()
                .statusCode(403);
    }

    @Test
    void aBombInsideTheBatchIsRefusedAndTheRestGoesOn() {
        byte[] zip = Documents.zipBomb("bomb.txt", 512);
        byte[] withReport = Documents.zip("ok.txt", "二里镇 batch bomb neighbour".getBytes(StandardCharsets.UTF_8));
        String id = upload(TestTokens.admin(), zip, "bomb.txt,610722111,2024").statusCode(202)
                .extract().path("batchId");
        JsonPath batch = awaitDone(id, TestTokens.admin());
        assertThat(batch.getString("items[0].outcome")).isEqualTo("REFUSED");
        assertThat(batch.getString("items[0].reason")).contains("larger than");
        String ok = upload(TestTokens.admin(), withReport, "ok.txt,610722111,2024").statusCode(202)
                .extract().path("batchId");
        assertThat(awaitDone(ok, TestTokens.admin()).getString("items[0].outcome")).isEqualTo("RECEIVED");
    }

    @Test
    void aBadManifestOrArchiveIsRefusedAsAWhole() {
        byte[] zip = Documents.zip("a.txt", "x".getBytes(StandardCharsets.UTF_8));
        upload(TestTokens.admin(), zip, "a.txt;610722111;2024").statusCode(400)
                .contentType("application/problem+json").body("detail", containsString("manifest"));
        upload(TestTokens.admin(), "not a zip".getBytes(StandardCharsets.UTF_8), "a.txt,610722111,2024")
                .statusCode(400).body("detail", containsString("archive"));
        given().multiPart("archive", "a.zip", zip, "application/zip")
                .multiPart("manifest", "m.csv", "a.txt,610722111,2024".getBytes(StandardCharsets.UTF_8), "text/csv")
                .post("/api/v1/batches").then().statusCode(401);
        given().auth().oauth2(TestTokens.admin()).get("/api/v1/batches/nope").then().statusCode(404);
    }
}
