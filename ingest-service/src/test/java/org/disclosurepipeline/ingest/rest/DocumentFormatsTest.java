package org.disclosurepipeline.ingest.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.disclosurepipeline.contract.events.RawReportEvent;
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

/**
 * Documents built from synthetic reports in every format, uploaded as the body or as a form part, travel in
 * reports.raw as text the parser reads back cell for cell; the original comes back byte for byte with its type.
 */
@QuarkusTest
@WithTestResource(value = LocalStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "ingest"))
class DocumentFormatsTest {

    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    static final String AGENCY = "610722111";
    final ReportGenerator generator = new ReportGenerator(20260601);

    @Test
    void aWordDocumentIsReadFromItsTables() {
        SyntheticReport report = generator.next();
        roundTrip(report, new DocxRenderer().render(report), DOCX, "docx", 2021, false);
    }

    @Test
    void aPdfIsReadFromItsLayout() {
        SyntheticReport report = generator.next();
        roundTrip(report, new PdfRenderer(Documents.font()).render(report, 7), "application/pdf", "pdf", 2020,
                false);
    }

    @Test
    void aWebPageIsReadFromItsTables() {
        SyntheticReport report = generator.next();
        byte[] html = new HtmlRenderer().render(report).getBytes(StandardCharsets.UTF_8);
        roundTrip(report, html, "text/html", "html", 2019, false);
    }

    @Test
    void documentsMayComeAsAFormPartWithoutADeclaredType() {
        SyntheticReport report = generator.next();
        roundTrip(report, new DocxRenderer().render(report), "application/octet-stream", "docx", 2018, true);
    }

    @Test
    void aGbkSeedReadsTheSameAsTheUtf8One() throws Exception {
        String text = Files.readString(Path.of("../samples/000-erli-610722111.txt")) + "\n（编码测试）";
        String utf8Id = upload(text.getBytes(StandardCharsets.UTF_8), "text/plain; charset=UTF-8", 2017, false);
        String gbkId = upload(text.getBytes(Charset.forName("GBK")), "text/plain", 2016, false);
        RawReportEvent utf8 = RawEvents.await(utf8Id);
        RawReportEvent gbk = RawEvents.await(gbkId);
        assertThat(gbk.content()).isEqualTo(utf8.content()).isEqualTo(text);
        assertThat(gbk.sourceFormat()).isEqualTo("text");
        given().auth().oauth2(TestTokens.viewer()).get("/api/v1/submissions/" + gbkId + "/original")
                .then().statusCode(200).contentType("text/plain; charset=GB18030");
    }

    private void roundTrip(SyntheticReport report, byte[] document, String type, String format, int year,
            boolean multipart) {
        String id = upload(document, type, year, multipart);
        RawReportEvent event = RawEvents.await(id);
        assertThat(event.sourceFormat()).isEqualTo(format);
        assertThat(event.sizeBytes()).isEqualTo(document.length);
        assertThat(Documents.mismatches(report, event.content())).isEmpty();
        given().auth().oauth2(TestTokens.viewer()).get("/api/v1/submissions/" + id)
                .then().statusCode(200).body("sourceFormat", equalTo(format)).body("status", equalTo("RECEIVED"));
        byte[] original = given().auth().oauth2(TestTokens.viewer()).get("/api/v1/submissions/" + id + "/original")
                .then().statusCode(200)
                .contentType(format.equals("docx") ? DOCX : format.equals("pdf") ? "application/pdf" : "text/html")
                .extract().asByteArray();
        assertThat(original).isEqualTo(document);
    }

    static String upload(byte[] document, String type, int year, boolean multipart) {
        var request = given().auth().oauth2(TestTokens.submitter(AGENCY));
        if (multipart) {
            request = request.multiPart("file", "report.bin", document, type)
                    .multiPart("agency", AGENCY).multiPart("year", Integer.toString(year));
            return request.post("/api/v1/reports").then().statusCode(202).extract().path("submissionId");
        }
        return request.contentType(type).body(document)
                .post("/api/v1/reports?agency=" + AGENCY + "&year=" + year)
                .then().statusCode(202).extract().path("submissionId");
    }
}
