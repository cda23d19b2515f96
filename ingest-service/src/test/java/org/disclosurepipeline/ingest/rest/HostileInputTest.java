package org.disclosurepipeline.ingest.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import org.disclosurepipeline.contract.events.RawReportEvent;
import org.disclosurepipeline.core.synthetic.DocxRenderer;
import org.disclosurepipeline.core.synthetic.PdfRenderer;
import org.disclosurepipeline.core.synthetic.ReportGenerator;
import org.disclosurepipeline.ingest.support.Documents;
import org.disclosurepipeline.ingest.support.RawEvents;
import org.disclosurepipeline.localstack.quarkus.TestTokens;
import org.disclosurepipeline.localstack.quarkus.LocalStackTestResource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Damaged, hostile and absurd uploads get a 4xx problem (or, for a non-report, a finding later), never a 5xx. */
@QuarkusTest
@WithTestResource(value = LocalStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "ingest"))
class HostileInputTest {

    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    @TestHTTPResource("/")
    URL base;

    final ReportGenerator generator = new ReportGenerator(99);

    static io.restassured.response.ValidatableResponse post(byte[] body, String type) {
        return given().auth().oauth2(TestTokens.admin()).contentType(type).body(body)
                .post("/api/v1/reports?agency=610722111&year=2024").then();
    }

    @AfterEach
    void theServiceKeepsServing() {
        given().get("/q/health/ready").then().statusCode(200);
    }

    @Test
    void aTruncatedWordDocumentIsUnreadable() {
        byte[] docx = new DocxRenderer().render(generator.next());
        post(Arrays.copyOf(docx, docx.length / 2), DOCX).statusCode(422)
                .contentType("application/problem+json").body("detail", containsString("Word"));
    }

    @Test
    void aTruncatedPdfIsUnreadable() {
        byte[] pdf = new PdfRenderer(Documents.font()).render(generator.next(), 1);
        post(Arrays.copyOf(pdf, pdf.length / 3), "application/pdf").statusCode(422)
                .contentType("application/problem+json");
    }

    @Test
    void aZipBombPosingAsWordIsRefusedBeforeItExpands() {
        byte[] bomb = Documents.zipBomb("word/document.xml", 1024); // 1 GB of zeros in about 1 MB
        assertThat(bomb.length).isLessThan(2 * 1024 * 1024);
        post(bomb, DOCX).statusCode(422).contentType("application/problem+json")
                .body("detail", containsString("bomb"));
    }

    @Test
    void binaryNoiseIsNotText() {
        byte[] noise = new byte[200_000];
        new Random(7).nextBytes(noise);
        post(noise, "application/octet-stream").statusCode(422).contentType("application/problem+json");
        post(new byte[50_000], "text/plain").statusCode(422).body("detail", containsString("binary"));
    }

    @Test
    void unsupportedTypesAreNamed() {
        post(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0}, "application/octet-stream").statusCode(415)
                .contentType("application/problem+json").body("detail", containsString("image"));
        post("a,b\n1,2".getBytes(StandardCharsets.UTF_8), "text/csv").statusCode(415)
                .body("detail", containsString("text/csv"));
        post("plain words".getBytes(StandardCharsets.UTF_8), "application/pdf").statusCode(415)
                .body("detail", containsString("declared"));
    }

    @Test
    void aDocumentThatIsNotAReportIsAcceptedForValidationToReject() {
        String poem = "床前明月光，疑是地上霜。举头望明月，低头思故乡。";
        String id = post(poem.getBytes(StandardCharsets.UTF_8), "text/plain").statusCode(202)
                .extract().path("submissionId");
        RawReportEvent event = RawEvents.await(id);
        assertThat(event.content()).isEqualTo(poem); // validation-service answers it with findings (R-STRUCT…)
    }

    @Test
    void anOversizeUploadIsRefusedFromItsLengthBeforeTheBodyIsRead() throws Exception {
        long declared = 200L * 1024 * 1024;
        AtomicLong sent = new AtomicLong();
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /api/v1/reports?agency=610722111&year=2024 HTTP/1.1\r\nHost: localhost\r\n"
                    + "Authorization: Bearer " + TestTokens.admin() + "\r\nContent-Type: application/pdf\r\n"
                    + "Content-Length: " + declared + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            Thread writer = new Thread(() -> {
                byte[] slice = new byte[64 * 1024]; // the body is generated slice by slice, never allocated whole
                try {
                    while (sent.get() < declared) {
                        out.write(slice);
                        sent.addAndGet(slice.length);
                    }
                } catch (java.io.IOException closedByTheServer) {
                    // expected: the service answered and closed the connection
                }
            });
            writer.setDaemon(true);
            writer.start();
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(),
                    StandardCharsets.UTF_8));
            String statusLine = in.readLine();
            assertThat(statusLine).contains("413");
            StringBuilder response = new StringBuilder();
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                response.append(line).append('\n');
            }
            assertThat(response.toString()).containsIgnoringCase("content-type: application/problem+json")
                    .contains("limit");
        }
        assertThat(sent.get()).isLessThan(declared);
        post("after the big one".getBytes(StandardCharsets.UTF_8), "text/plain").statusCode(202);
    }

    @Test
    void theParametersAreCheckedBeforeTheDocument() {
        given().auth().oauth2(TestTokens.admin()).contentType("text/plain").body("x")
                .post("/api/v1/reports?agency=610722999&year=2024").then().statusCode(400)
                .body("errors[0].field", equalTo("agency"));
        given().auth().oauth2(TestTokens.admin()).contentType("text/plain").body("x")
                .post("/api/v1/reports?agency=610722111&year=2099").then().statusCode(400)
                .body("errors[0].field", equalTo("year"));
    }

    // ---- found by the fuzz test (scripts/fuzz.sh, HostileRequestsIT); each was a 500 or a default error page ----

    @Test
    void aContentTypeThatCannotBeParsedIsA415NamingTheHeader() {
        for (String type : new String[] {"x/y/z", ";;;", "multipart/form-data"}) {
            given().auth().oauth2(TestTokens.admin()).header("Content-Type", type).body("x".getBytes())
                    .post("/api/v1/reports?agency=610722111&year=2024").then().statusCode(415)
                    .contentType("application/problem+json").body("errors[0].field", equalTo("Content-Type"));
        }
    }

    @Test
    void malformedMultipartIsA400NamingTheBody() {
        String form = "multipart/form-data; boundary=xyz";
        for (String body : new String[] {"--xyz\r\nContent-Disposition: form-data; name=\"file\"; filename=\"r.txt\"\r\n\r\nabc",
                "--xyz\r\nContent-Disposition: form-data\r\nContent-Type: text/plain\r\nx\r\n--xyz--\r\n",
                "plain words under a multipart type"}) {
            for (String path : new String[] {"/api/v1/reports?agency=610722111&year=2024", "/api/v1/batches"}) {
                given().auth().oauth2(TestTokens.admin()).header("Content-Type", form)
                        .body(body.getBytes(StandardCharsets.UTF_8)).post(path).then().statusCode(400)
                        .contentType("application/problem+json").body("errors[0].field", equalTo("body"));
            }
        }
    }

    @Test
    void anIdenticalTwinIsStillTypeChecked() {
        byte[] report = ("二里镇 twin " + System.nanoTime()).getBytes(StandardCharsets.UTF_8);
        post(report, "text/plain").statusCode(202);
        post(report, "text/plain").statusCode(200);
        post(report, "application/pdf").statusCode(415).body("errors[0].field", equalTo("Content-Type"));
    }

    @Test
    void aBatchArchiveCutShortIsA400NamingTheArchive() {
        byte[] zip = Documents.zip("a.txt", "二里镇 cut short".repeat(200).getBytes(StandardCharsets.UTF_8));
        given().auth().oauth2(TestTokens.admin())
                .multiPart("archive", "a.zip", Arrays.copyOf(zip, zip.length / 2), "application/zip")
                .multiPart("manifest", "m.csv", "a.txt,610722111,2024".getBytes(), "text/csv")
                .post("/api/v1/batches").then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("archive"));
    }
}
