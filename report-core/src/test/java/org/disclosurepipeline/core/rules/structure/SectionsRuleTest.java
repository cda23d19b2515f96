package org.disclosurepipeline.core.rules.structure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.disclosurepipeline.core.rules.Finding;
import org.disclosurepipeline.core.rules.FindingStatus;
import org.disclosurepipeline.core.rules.SeedMutation;
import org.disclosurepipeline.core.rules.Severity;
import org.junit.jupiter.api.Test;

class SectionsRuleTest {

    @Test
    void aMissingTableSectionIsAnError() {
        List<Finding> found = SeedMutation.seed("002").replace("四、政府信息公开行政复议、行政诉讼情况", "")
                .findings("R-FMT-SECTIONS");

        assertThat(found).anySatisfy(f -> {
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.status()).isEqualTo(FindingStatus.FAIL);
            assertThat(f.location().section()).isEqualTo("reviewLitigation");
        });
    }

    @Test
    void aNumberedVariantOfAHeadingIsAWarning() {
        Finding f = SeedMutation.seed("000").single("R-FMT-SECTIONS");

        assertThat(f.severity()).isEqualTo(Severity.WARNING);
        assertThat(f.message()).contains("'1、 总体情况'", "'一、总体情况'");
        assertThat(f.location().section()).isEqualTo("overview");
    }

    /** A department numbering its six headings （一） to （六）, as a real web page did: read, with a warning each. */
    @Test
    void headingsNumberedOneLevelDownAtTheTopAreReadWithAWarning() {
        SeedMutation report = SeedMutation.seed("002");
        String[] numerals = {"一", "二", "三", "四", "五", "六"};
        String[] titles = {"总体情况", "主动公开政府信息情况", "收到和处理政府信息公开申请情况", "政府信息公开行政复议、行政诉讼情况",
            "存在的主要问题及改进情况", "其他需要报告的事项"};
        for (int i = 0; i < titles.length; i++) {
            report.replace(numerals[i] + "、" + titles[i] + "\n", "（" + numerals[i] + "）" + titles[i] + "\n");
        }
        List<Finding> found = report.findings("R-FMT-SECTIONS");

        assertThat(found).hasSize(6).allSatisfy(f -> assertThat(f.severity()).isEqualTo(Severity.WARNING));
        assertThat(found.get(1).message()).contains("'（二）主动公开政府信息情况'", "'二、主动公开政府信息情况'");
        assertThat(report.validate().errors()).isEmpty();
        assertThat(report.report().figures().keys()).hasSize(201 - 1); // every cell of seed 002's tables
    }

    /**
     * 总体情况 with a sub-heading that bears section 二's title, （一）主动公开政府信息情况: the real heading 二、 later on
     * is section 二, and the overview keeps its text (and the figures the rules read from it).
     */
    @Test
    void aSubHeadingBearingASectionsTitleDoesNotTakeItsPlace() {
        SeedMutation report = SeedMutation.seed("002").replace("(一) 主动公开情况", "（一）主动公开政府信息情况");

        assertThat(report.findings("R-FMT-SECTIONS")).isEmpty();
        assertThat(report.report().sections().get(org.disclosurepipeline.core.template.SectionId.OVERVIEW))
                .contains("（一）主动公开政府信息情况", "我镇共受理依申请公开政府信息 0 件");
        assertThat(report.report().narrative().asMap()).containsKey("applicationsReceived");
    }

    @Test
    void sixOfficialHeadingsPass() {
        assertThat(SeedMutation.seed("002").findings("R-FMT-SECTIONS")).isEmpty();
    }
}
