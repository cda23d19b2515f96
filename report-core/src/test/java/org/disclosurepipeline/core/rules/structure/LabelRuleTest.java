package org.disclosurepipeline.core.rules.structure;

import static org.assertj.core.api.Assertions.assertThat;

import org.disclosurepipeline.core.rules.Finding;
import org.disclosurepipeline.core.rules.FindingStatus;
import org.disclosurepipeline.core.rules.SeedMutation;
import org.disclosurepipeline.core.rules.Severity;
import org.junit.jupiter.api.Test;

class LabelRuleTest {

    @Test
    void aTypoInARowLabelIsAnInfo() {
        Finding f = SeedMutation.seed("002").replace("逾期不补正", "逾期不补证").single("R-FMT-LABEL");

        assertThat(f.severity()).isEqualTo(Severity.INFO);
        assertThat(f.status()).isEqualTo(FindingStatus.FAIL);
        assertThat(f.location().row()).isEqualTo("otherHandling.overdueCorrection");
        assertThat(f.message()).contains("逾期不补证", "逾期不补正");
    }

    /**
     * A label with 3 of its 12 characters lost in the middle, as a real report printed it, is the only row of the
     * template between the rows found around it: it is read, and an info says as what.
     */
    @Test
    void aDamagedLabelIsReadAsTheOnlyRowThatFitsItsPlace() {
        SeedMutation report = SeedMutation.seed("002").cells("1. 本机关不掌握相关政府信息", "2", "0", "0", "0", "0", "0", "2")
                .replace("1. 本机关不掌握相关政府信息", "1. 本机关不关政府信息");
        Finding f = report.single("R-FMT-LABEL");

        assertThat(f.severity()).isEqualTo(Severity.INFO);
        assertThat(f.location().row()).isEqualTo("unableToProvide.notHeld");
        assertThat(f.message()).contains("'1. 本机关不关政府信息'", "'1.本机关不掌握相关政府信息'",
                "between '8.属于行政查询事项' and '2.没有现成信息需要另行制作'");
        assertThat(f.messageZh()).contains("已读作“1.本机关不掌握相关政府信息”一行");
        assertThat(report.report().figures().get("applications.unableToProvide.notHeld.naturalPerson")).isEqualTo(2L);
        assertThat(report.report().figures().get("applications.unableToProvide.notHeld.total")).isEqualTo(2L);
        assertThat(report.findings("R-FMT-TABLE-MISSING")).isEmpty();
    }

    @Test
    void aDamagedLabelInAWordTableOfOneCellPerLineIsReadByItsPlaceToo() {
        SeedMutation report = SeedMutation.seed("000").replace("\t3.补正后申请内容仍不明确\n", "\t3.补正后内容明确\n");

        assertThat(report.findings("R-FMT-LABEL")).filteredOn(f -> f.message().contains("'3.补正后内容明确'"))
                .singleElement().satisfies(f -> {
                    assertThat(f.location().row()).isEqualTo("unableToProvide.unclearAfterCorrection");
                    assertThat(f.message()).contains("was read as the row '3.补正后申请内容仍不明确'");
                });
        assertThat(report.findings("R-FMT-TABLE-MISSING")).isEmpty();
        assertThat(report.report().figures().has("applications.unableToProvide.unclearAfterCorrection.total")).isTrue();
    }

    @Test
    void twoDamagedLabelsSideBySideAreNotGuessed() {
        SeedMutation report = SeedMutation.seed("002").replace("1. 本机关不掌握相关政府信息", "1. 本机关不关政府信息")
                .replace("2. 没有现成信息需要另行制作", "2. 没有信息另行制作");

        assertThat(report.findings("R-FMT-TABLE-MISSING")).hasSize(2)
                .allSatisfy(f -> assertThat(f.message()).contains("was not found"));
        assertThat(report.report().figures().has("applications.unableToProvide.notHeld.total")).isFalse();
        assertThat(report.report().figures().has("applications.unableToProvide.needsCreation.total")).isFalse();
    }

    @Test
    void aLabelOfAnotherKindInTheRowsPlaceIsNotTakenForIt() {
        SeedMutation report = SeedMutation.seed("002").replace("1. 本机关不掌握相关政府信息", "1. 其他情形");

        assertThat(report.findings("R-FMT-TABLE-MISSING")).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("'1.本机关不掌握相关政府信息' was not found"));
        assertThat(report.report().figures().has("applications.unableToProvide.notHeld.total")).isFalse();
    }

    /** 规范性文件, the 2019 template's word, in a 2021 table (a department's real web page): read, with a warning. */
    @Test
    void aKnownVariantOfALabelIsReadWithAWarning() {
        SeedMutation report = SeedMutation.seed("002").replace("行政规范性文件\t0", "规范性文件\t0");
        Finding f = report.single("R-FMT-LABEL");

        assertThat(f.severity()).isEqualTo(Severity.WARNING);
        assertThat(f.location().row()).isEqualTo("normativeDocuments");
        assertThat(f.message()).contains("'规范性文件'", "'行政规范性文件'");
        assertThat(report.validate().errors()).isEmpty();
        assertThat(report.report().figures().get("activeDisclosure.normativeDocuments.inForce")).isEqualTo(0L);
    }

    @Test
    void officialLabelsPass() {
        assertThat(SeedMutation.seed("002").findings("R-FMT-LABEL")).isEmpty();
    }
}
