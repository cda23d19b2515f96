package org.disclosurepipeline.core.rules.narrative;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import org.disclosurepipeline.core.document.DocumentReader;
import org.disclosurepipeline.core.document.UnreadableDocumentException;
import org.disclosurepipeline.core.model.Narrative;
import org.disclosurepipeline.core.rules.Finding;
import org.disclosurepipeline.core.rules.FindingStatus;
import org.disclosurepipeline.core.rules.Location;
import org.disclosurepipeline.core.rules.SeedMutation;
import org.disclosurepipeline.core.rules.Severity;
import org.junit.jupiter.api.Test;

class ApplicationsTextRuleTest {

    @Test
    void threeApplicationsInTheTextButOneInTheTableFails() {
        Finding f = SeedMutation.seed("003").replace("收到政府信息公开申请1件", "收到政府信息公开申请3件")
                .single("R-TXT-APPS");

        assertThat(f.severity()).isEqualTo(Severity.WARNING);
        assertThat(f.status()).isEqualTo(FindingStatus.FAIL);
        assertThat(f.left()).isEqualByComparingTo("3");
        assertThat(f.right()).isEqualByComparingTo("1");
        assertThat(f.location()).isEqualTo(new Location("overview", "T3", "newReceived", "total"));
        assertThat(f.cells()).containsExactly("applications.newReceived.total");
        assertThat(f.message()).contains("3 applications were received", "一、本年新收政府信息公开申请数量");
    }

    @Test
    void theTextAgreeingWithTheTablePasses() {
        assertThat(SeedMutation.seed("003").findings("R-TXT-APPS")).isEmpty();
    }

    @Test
    void completedApplicationsAreComparedWithTheTotalProcessed() {
        SeedMutation said = SeedMutation.seed("003").replace("规定受理答复", "规定办结2件");

        Finding f = said.single("R-TXT-APPS");
        assertThat(f.location().row()).isEqualTo("totalProcessed");
        assertThat(f.left()).isEqualByComparingTo("2");
        assertThat(f.right()).isEqualByComparingTo("1");
        assertThat(SeedMutation.seed("003").replace("规定受理答复", "规定办结1件").findings("R-TXT-APPS")).isEmpty();
    }

    @Test
    void anEmptyTableCellIsNotAssessable() {
        Finding f = SeedMutation.seed("002").cells("一、本年新收", "/").single("R-TXT-APPS");

        assertThat(f.status()).isEqualTo(FindingStatus.NOT_ASSESSABLE);
        assertThat(f.cells()).containsExactly("applications.newReceived.total");
    }

    /**
     * Seed 002 with the T3 totals of the real 淮安市 2024 report (3119 + 34 = 3050 + 103) and its overview's sentence
     * on them, as its PDF words it (documents/huaian-city-2024.pdf).
     */
    private static SeedMutation huaianStatement(String statement) {
        return SeedMutation.seed("002")
                .cells("一、本年新收", "3119", "0", "0", "0", "0", "0", "3119")
                .cells("二、上年结转", "34", "0", "0", "0", "0", "0", "34")
                .cells("(一) 予以公开", "3050", "0", "0", "0", "0", "0", "3050")
                .cells("(七) 总计", "3050", "0", "0", "0", "0", "0", "3050")
                .cells("四、结转下年度", "103", "0", "0", "0", "0", "0", "103")
                .replace("我镇共受理依申请公开政府信息 0 件", statement);
    }

    private static final String HUAIAN = "我镇共受理政府信息公开申请 3119 件，答复 3050 件（含上年度结转申请 34 件，另有 %s 件"
            + "顺延到下年度答复）";

    @Test
    void carriedOverFromLastYearIsNotTakenForCarriedForward() {
        SeedMutation report = huaianStatement(HUAIAN.formatted("103"));

        Narrative narrative = report.report().narrative();
        assertThat(narrative.count(Narrative.APPLICATIONS_CARRIED_OVER)).isEqualTo(34L);
        assertThat(narrative.count(Narrative.APPLICATIONS_CARRIED_FORWARD)).isEqualTo(103L);
        assertThat(narrative.count(Narrative.APPLICATIONS_COMPLETED)).isEqualTo(3050L);
        assertThat(report.findings("R-TXT-APPS")).isEmpty();
    }

    @Test
    void eachWayOfCarryingIsComparedWithItsOwnRow() {
        Finding forward = huaianStatement(HUAIAN.formatted("102")).single("R-TXT-APPS");
        assertThat(forward.location().row()).isEqualTo("carriedForward");
        assertThat(forward.left()).isEqualByComparingTo("102");
        assertThat(forward.right()).isEqualByComparingTo("103");

        Finding over = huaianStatement(HUAIAN.formatted("103").replace("结转申请 34 件", "结转申请 35 件"))
                .single("R-TXT-APPS");
        assertThat(over.location().row()).isEqualTo("carriedOver");
        assertThat(over.left()).isEqualByComparingTo("35");
        assertThat(over.right()).isEqualByComparingTo("34");
        assertThat(over.message()).contains("carried over from last year", "二、上年结转政府信息公开申请数量");
    }

    /** The real PDF raised a false warning (34 carried forward against 103): its narrative now reads both ways. */
    @Test
    void theRealHuaianReportRaisesNoTextWarning() throws IOException, UnreadableDocumentException {
        byte[] pdf;
        try (InputStream in = getClass().getResourceAsStream("/documents/huaian-city-2024.pdf")) {
            pdf = in.readAllBytes();
        }
        SeedMutation report = SeedMutation.text(DocumentReader.read(pdf, null)).submittedAs(null, 2024);

        Narrative narrative = report.report().narrative();
        assertThat(narrative.count(Narrative.APPLICATIONS_CARRIED_OVER)).isEqualTo(34L);
        assertThat(narrative.count(Narrative.APPLICATIONS_CARRIED_FORWARD)).isEqualTo(103L);
        assertThat(report.findings("R-TXT-APPS")).isEmpty();
    }
}
