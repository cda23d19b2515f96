package org.disclosurepipeline.aggregation.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.disclosurepipeline.aggregation.support.SyntheticOutcomes;
import org.disclosurepipeline.contract.events.ReportOutcomeEvent;
import org.disclosurepipeline.core.regions.Region;
import org.disclosurepipeline.core.regions.RegionRegistry;
import org.disclosurepipeline.contract.events.Finding;
import org.disclosurepipeline.localstack.quarkus.LocalStackTestResource;
import org.disclosurepipeline.localstack.quarkus.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The exports against the real broker and database: three townships of 城固县 — one whose agency error the county
 * dismissed, one whose T3 error it confirmed, one nobody decided on — read back from CSV, XLSX and PDF.
 */
@QuarkusTest
@WithTestResource(value = LocalStackTestResource.class,
        initArgs = @ResourceArg(name = "database", value = "aggregation"))
class ExportApiTest {

    static final int YEAR = 2051;
    static final List<Region> CHENGGU = RegionRegistry.bundled().children("610722");
    static final String DISMISSAL = "乡镇更名，报告以原名称署名";
    static final String CONFIRMATION = "请重新核对表三第一行";
    static ReportOutcomeEvent dismissed;
    static ReportOutcomeEvent confirmed;
    static ReportOutcomeEvent open;

    @BeforeEach
    void seedAndDecideOnce() {
        if (dismissed != null) {
            return;
        }
        SyntheticOutcomes outcomes = new SyntheticOutcomes(51);
        dismissed = outcomes.outcome(CHENGGU.get(0), CHENGGU.get(1), YEAR, Instant.now(), false);
        confirmed = outcomes.outcome(CHENGGU.get(2), YEAR, Instant.now(), true);
        open = outcomes.outcome(CHENGGU.get(3), YEAR, Instant.now(), true);
        List.of(dismissed, confirmed, open).forEach(SyntheticOutcomes::publish);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> List.of(dismissed, confirmed, open).forEach(e ->
                given().auth().oauth2(TestTokens.admin()).get("/api/v1/reports/" + e.submissionId()).then()
                        .statusCode(200)));
        decide(dismissed, ReviewApiTest.indexOf(dismissed, "R-META-AGENCY"), "DISMISSED", DISMISSAL);
        decide(confirmed, ReviewApiTest.firstError(confirmed), "CONFIRMED", CONFIRMATION);
    }

    static void decide(ReportOutcomeEvent e, int n, String decision, String reason) {
        given().auth().oauth2(TestTokens.reviewer("610722")).contentType(ContentType.JSON)
                .body(Map.of("decision", decision, "reason", reason))
                .post("/api/v1/reports/" + e.submissionId() + "/findings/" + n + "/review").then().statusCode(201);
    }

    static Response export(String path) {
        return given().auth().oauth2(TestTokens.reviewer("610722")).get(path);
    }

    static int findings() {
        return dismissed.findings().size() + confirmed.findings().size() + open.findings().size();
    }

    /** The row of a finding, by submission and number (index + 1), from rows whose first is the header. */
    static List<String> row(List<List<String>> rows, ReportOutcomeEvent e, int index) {
        return rows.stream().filter(r -> r.get(2).equals(e.submissionId().toString())
                && r.get(3).equals(String.valueOf(index + 1))).findFirst().orElseThrow();
    }

    static void assertProblemRows(List<List<String>> rows) {
        assertThat(rows.get(0)).startsWith("单位代码", "单位名称", "报送编号", "问题序号", "规则", "级别", "问题说明",
                "表格", "行", "列", "审核状态", "审核说明", "审核人", "审核时间", "审批状态", "审批说明");
        assertThat(rows).hasSize(findings() + 1);
        List<String> agency = row(rows, dismissed, ReviewApiTest.indexOf(dismissed, "R-META-AGENCY"));
        assertThat(agency.subList(0, 2)).containsExactly(CHENGGU.get(0).code(), CHENGGU.get(0).name());
        assertThat(agency.subList(4, 6)).containsExactly("R-META-AGENCY", "错误");
        assertThat(agency.get(6)).contains(CHENGGU.get(1).name()); // the message in Chinese names the author
        assertThat(agency.subList(10, 12)).containsExactly("已驳回", DISMISSAL);
        assertThat(agency.get(12)).isNotBlank(); // who
        assertThat(agency.get(13)).matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}");
        assertThat(agency.get(14)).isEqualTo("待批准");

        int n = ReviewApiTest.firstError(confirmed);
        List<String> t3 = row(rows, confirmed, n);
        assertThat(t3.get(4)).isEqualTo(confirmed.findings().get(n).rule());
        assertThat(t3.subList(10, 12)).containsExactly("已确认", CONFIRMATION);
        assertThat(t3.get(7)).isEqualTo("表三（依申请公开）");

        List<String> undecided = row(rows, open, ReviewApiTest.firstError(open));
        assertThat(undecided.get(10)).isEqualTo("待审核");
        assertThat(undecided.get(11)).isEmpty();
        // T3's first row wrong by one: its total is named by the template's labels
        assertThat(rows).anySatisfy(r -> assertThat(r.subList(7, 10)).containsExactly("表三（依申请公开）",
                "一、本年新收政府信息公开申请数量", "总计"));
    }

    static List<List<String>> csv(byte[] bytes) throws Exception {
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF); // the BOM Excel needs to read UTF-8
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        List<List<String>> rows = new ArrayList<>();
        for (CSVRecord r : CSVFormat.RFC4180.parse(new StringReader(text))) {
            rows.add(r.toList());
        }
        return rows;
    }

    static List<List<String>> xlsx(byte[] bytes) throws Exception {
        List<List<String>> rows = new ArrayList<>();
        DataFormatter format = new DataFormatter();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            assertThat(book.getSheetAt(0).getSheetName()).isNotBlank();
            for (Row r : book.getSheetAt(0)) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < 16; c++) {
                    cells.add(r.getCell(c) == null ? "" : format.formatCellValue(r.getCell(c)));
                }
                rows.add(cells);
            }
        }
        return rows;
    }

    static String filename(Response r) {
        String disposition = r.header("Content-Disposition");
        assertThat(disposition).startsWith("attachment; filename=\"");
        return URLDecoder.decode(disposition.substring(disposition.indexOf("filename*=UTF-8''") + 17),
                StandardCharsets.UTF_8);
    }

    @Test
    void theProblemListAsCsvHoldsEveryFindingWithItsDecision() throws Exception {
        Response r = export("/api/v1/exports/problems?region=610722&year=" + YEAR + "&format=csv");
        r.then().statusCode(200).contentType("text/csv");
        assertThat(filename(r)).isEqualTo("城固县" + YEAR + "年度问题清单.csv");
        assertProblemRows(csv(r.asByteArray()));

        // only open: the dismissed finding is left out, the confirmed and the undecided ones stay
        List<List<String>> open = csv(export("/api/v1/exports/problems?region=610722&year=" + YEAR
                + "&onlyOpen=true").then().statusCode(200).extract().asByteArray());
        assertThat(open).hasSize(findings());
        assertThat(open).noneMatch(row -> row.get(10).equals("已驳回"));
        assertThat(open).anyMatch(row -> row.get(10).equals("已确认"));
    }

    @Test
    void theProblemListAsXlsxHoldsTheSameRows() throws Exception {
        Response r = given().auth().oauth2(TestTokens.reviewer("6107"))
                .get("/api/v1/exports/problems?region=6107&year=" + YEAR + "&format=xlsx");
        r.then().statusCode(200).contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(filename(r)).isEqualTo("汉中市" + YEAR + "年度问题清单.xlsx");
        assertProblemRows(xlsx(r.asByteArray()));
    }

    @Test
    void theMissingAgenciesAreTheTownshipsWithoutAReport() throws Exception {
        for (String format : List.of("csv", "xlsx")) {
            Response r = export("/api/v1/exports/missing?region=610722&year=" + YEAR + "&format=" + format);
            r.then().statusCode(200);
            assertThat(filename(r)).isEqualTo("城固县" + YEAR + "年度未报送单位." + format);
            List<List<String>> rows = format.equals("csv") ? csv(r.asByteArray()) : xlsx(r.asByteArray());
            assertThat(rows.get(0).subList(0, 4)).containsExactly("单位代码", "单位名称", "所属县（区）", "所属市");
            assertThat(rows).hasSize(CHENGGU.size() - 3 + 1);
            assertThat(rows).extracting(row -> row.get(0)).doesNotContain(CHENGGU.get(0).code())
                    .contains(CHENGGU.get(4).code());
            assertThat(rows.get(1).subList(2, 4)).containsExactly("城固县", "汉中市");
        }
    }

    @Test
    void theCheckSheetPrintsTheTablesTheMarksAndTheDecisions() throws Exception {
        Response r = given().auth().oauth2(TestTokens.submitter(confirmed.agencyCode()))
                .get("/api/v1/reports/" + confirmed.submissionId() + "/check-sheet.pdf");
        r.then().statusCode(200).contentType("application/pdf");
        assertThat(filename(r)).isEqualTo(CHENGGU.get(2).name() + YEAR + "年度报告审核单.pdf");
        try (PDDocument doc = Loader.loadPDF(r.asByteArray())) {
            String flat = new PDFTextStripper().getText(doc).replaceAll("\\s+", "");
            int n = ReviewApiTest.firstError(confirmed);
            assertThat(flat).contains("政府信息公开工作年度报告审核单", confirmed.agencyCode(), YEAR + "年度",
                    confirmed.submissionId().toString(), "未通过", "待批准", "表三（依申请公开）",
                    "一、本年新收政府信息公开申请数量", "已确认：" + CONFIRMATION, "（610722）",
                    "问题清单（" + confirmed.findings().size() + "条）");
            assertThat(flat).containsPattern("\\[(\\d+,)*" + (n + 1) + "(,\\d+)*\\]"); // its cells are marked
            assertThat(confirmed.findings()).filteredOn(Finding::isError).isNotEmpty();
        }
        // the dismissal reads on its report's sheet
        byte[] other = export("/api/v1/reports/" + dismissed.submissionId() + "/check-sheet.pdf").then()
                .statusCode(200).extract().asByteArray();
        try (PDDocument doc = Loader.loadPDF(other)) {
            assertThat(new PDFTextStripper().getText(doc).replaceAll("\\s+", "")).contains("已驳回：" + DISMISSAL,
                    "未通过（审核后：通过）");
        }
    }

    @Test
    void badParametersAreProblemsNamingTheParameter() {
        String base = "/api/v1/exports/problems?region=610722&year=" + YEAR;
        for (String[] bad : new String[][] {{base + "&format=pdf", "format"}, {base + "&onlyOpen=maybe", "onlyOpen"},
                {"/api/v1/exports/problems?year=" + YEAR, "region"}, {"/api/v1/exports/problems?region=99&year=2024",
                "region"}, {"/api/v1/exports/problems?region=61x&year=2024", "region"},
                {"/api/v1/exports/problems?region=610722&year=abc", "year"},
                {"/api/v1/exports/missing?region=610722111&year=2024", "region"},
                {"/api/v1/exports/missing?region=610722", "year"}}) {
            export(bad[0]).then().statusCode(400).contentType("application/problem+json")
                    .body("errors[0].field", equalTo(bad[1]));
        }
        export("/api/v1/reports/not-a-uuid/check-sheet.pdf").then().statusCode(400)
                .body("errors[0].field", equalTo("submissionId"));
    }
}
