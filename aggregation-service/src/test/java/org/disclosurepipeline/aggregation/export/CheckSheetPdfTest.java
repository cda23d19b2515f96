package org.disclosurepipeline.aggregation.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.type.TypeReference;
import com.lowagie.text.pdf.BaseFont;
import java.awt.image.BufferedImage;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.disclosurepipeline.aggregation.model.ApprovalDecision;
import org.disclosurepipeline.aggregation.model.FindingReview;
import org.disclosurepipeline.aggregation.support.SyntheticOutcomes;
import org.disclosurepipeline.contract.events.ReportOutcomeEvent;
import org.disclosurepipeline.common.http.ProblemException;
import org.disclosurepipeline.core.json.Json;
import org.disclosurepipeline.core.regions.RegionRegistry;
import org.junit.jupiter.api.Test;

/**
 * The check sheet without the service: a synthetic report whose T3 does not add up, one finding confirmed, one
 * dismissed, the rest open; the PDF read back with PDFBox, and its first page rendered to target/ to look at.
 */
class CheckSheetPdfTest {

    static CheckSheetPdf renderer() {
        CheckSheetPdf pdf = new CheckSheetPdf();
        pdf.font = new CjkFont() {
            @Override
            public BaseFont get() {
                return CjkFont.load(null);
            }
        };
        return pdf;
    }

    static CheckSheet sample() {
        ReportOutcomeEvent e = new SyntheticOutcomes(71).outcome(RegionRegistry.bundled().find("610722111")
                .orElseThrow(), 2024, Instant.parse("2025-01-20T02:00:00Z"), true);
        List<Map<String, Object>> findings = Json.mapper().convertValue(e.findings(), new TypeReference<>() {
        });
        Map<String, BigDecimal> figures = new LinkedHashMap<>();
        e.report().cells().keySet().forEach(k -> figures.put(k, e.report().decimal(k)));
        List<CheckSheet.Item> items = new ArrayList<>();
        for (int i = 0; i < findings.size(); i++) {
            String severity = String.valueOf(findings.get(i).get("severity"));
            FindingReview decision = null;
            if (i == 0) {
                decision = review("CONFIRMED", "请核对表三第一行的总计");
            } else if (!"error".equals(severity) && items.stream().noneMatch(CheckSheet.Item::dismissed)) {
                decision = review("DISMISSED", "本年度未收取信息处理费，表述无误");
            }
            items.add(new CheckSheet.Item(i + 1, findings.get(i), decision));
        }
        ApprovalDecision returned = new ApprovalDecision();
        returned.state = ApprovalDecision.RETURNED;
        returned.reason = "请更正表三后重新上传";
        returned.approver = "610722";
        returned.decidedBy = "reviewer-610722";
        returned.decidedAt = Instant.parse("2025-02-03T01:30:00Z");
        return new CheckSheet("610722111", "二里镇", 2024, e.submissionId(), e.receivedAt(), e.rulesVersion(), true,
                "REJECTED", "REJECTED", returned, figures, items);
    }

    static FindingReview review(String decision, String reason) {
        FindingReview r = new FindingReview();
        r.decision = decision;
        r.reason = reason;
        r.decidedBy = "reviewer-610722";
        r.reviewerRegion = "610722";
        r.decidedAt = Instant.parse("2025-02-01T08:15:00Z");
        return r;
    }

    @Test
    void theSheetPrintsTheTablesTheMarkedCellsAndTheDecisionsInChinese() throws Exception {
        CheckSheet sheet = sample();
        assertThat(sheet.items()).hasSizeGreaterThan(1);
        byte[] bytes = renderer().render(sheet);
        Path target = Path.of("target");
        Files.write(target.resolve("check-sheet-sample.pdf"), bytes);
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            String text = new PDFTextStripper().getText(doc);
            String flat = text.replaceAll("\\s+", ""); // cells wrap their lines
            assertThat(flat).contains("政府信息公开工作年度报告审核单", "二里镇（610722111）", "2024年度",
                    sheet.submissionId().toString(), "未通过", "已退回", "请更正表三后重新上传",
                    "表二（主动公开）", "表三（依申请公开）", "表四（行政复议、行政诉讼）",
                    "一、本年新收政府信息公开申请数量", "（三）不予公开", "法人或其他组织", "结果维持", "本年制发件数",
                    "已确认：请核对表三第一行的总计", "reviewer-610722（610722）2025-02-0116:15", "待审核",
                    "问题清单（" + sheet.items().size() + "条）");
            // the marks: a finding that points at cells is numbered in them ([n] or [m,n])
            CheckSheet.Item marked = sheet.items().stream().filter(i -> !CellMarks.cellsOf(i,
                    SheetTables.of(sheet.figures())).isEmpty()).findFirst().orElseThrow();
            assertThat(flat).containsPattern("\\[(\\d+,)*" + marked.number() + "(,\\d+)*\\]");
            if (sheet.items().stream().anyMatch(CheckSheet.Item::dismissed)) {
                assertThat(flat).contains("已驳回：本年度未收取信息处理费，表述无误");
            }
            // the Chinese font is embedded, as a subset
            PDFont font = doc.getPage(0).getResources().getFont(doc.getPage(0).getResources().getFontNames()
                    .iterator().next());
            assertThat(font.isEmbedded()).isTrue();
            assertThat(font.getName()).matches("[A-Z]{6}\\+.*");
            BufferedImage page = new PDFRenderer(doc).renderImageWithDPI(0, 110);
            ImageIO.write(page, "png", target.resolve("check-sheet-sample-1.png").toFile());
        }
        assertThat(bytes.length).as("a subset, not the 5 MB font").isLessThan(400_000);
    }

    @Test
    void aConfiguredFontThatCannotBeReadIsAProblemNamingTheSetting() throws Exception {
        assertThatThrownBy(() -> CjkFont.load("/nonexistent/font.ttf"))
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.problem().status()).isEqualTo(503);
                    assertThat(e.problem().errors().get(0).field()).isEqualTo("aggregation.exports.pdf-font");
                    assertThat(e.problem().errors().get(0).reason()).contains("/nonexistent/font.ttf");
                });
        Path copy = Path.of("target", "configured-font.ttc");
        try (var in = CjkFont.class.getClassLoader().getResourceAsStream(CjkFont.BUNDLED)) {
            Files.copy(in, copy, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        assertThat(CjkFont.load(copy.toString()).getPostscriptFontName()).isNotBlank(); // a collection: its first font
        assertThat(CjkFont.load(copy + ",0").getPostscriptFontName()).isNotBlank();
    }
}
