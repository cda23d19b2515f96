package org.disclosurepipeline.core.rules.issue17;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.disclosurepipeline.core.rules.Finding;
import org.disclosurepipeline.core.rules.FindingStatus;
import org.disclosurepipeline.core.rules.SeedMutation;
import org.disclosurepipeline.core.rules.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The table and heading cases of issue 17, each on seed 003 (one cell per line) changed in one place. */
class StructureCasesTest {

    private static SeedMutation t2(String token) {
        return SeedMutation.seed("003").replace("行政许可\n\t0\n", "行政许可\n\t" + token + "\n");
    }

    private static SeedMutation t3(String token) {
        return SeedMutation.seed("003").replace("（一）予以公开\n\t0\n", "（一）予以公开\n\t" + token + "\n");
    }

    @ParameterizedTest(name = "T2 cell ''{0}''")
    @ValueSource(strings = {"不适用", "N/A", "", "/", "—", "-", "--", "无"})
    void aPlaceholderInTableTwoIsOneEmptyCellInItsPlace(String token) {
        SeedMutation report = t2(token);

        Finding f = report.single("R-FMT-EMPTY-CELL");
        assertThat(f.cells()).containsExactly("activeDisclosure.licensingDecisions");
        assertThat(report.findings("R-FMT-TABLE-MISSING")).isEmpty();
        assertThat(report.findings("R-NUM-VALID")).isEmpty();
        // the cells after it are read in their places: 行政处罚 still reads 1
        assertThat(report.report().figures().count("activeDisclosure.penaltyDecisions")).isEqualTo(1L);
    }

    @Test
    void junkInTableTwoIsOneInvalidNumberQuotingIt() {
        SeedMutation report = t2("abc");

        Finding f = report.single("R-NUM-VALID");
        assertThat(f.message()).contains("'abc'");
        assertThat(f.cells()).containsExactly("activeDisclosure.licensingDecisions");
        assertThat(report.findings("R-FMT-TABLE-MISSING")).isEmpty();
    }

    @Test
    void notApplicableInTableThreeLeavesTheBalanceAssessable() {
        SeedMutation report = t3("不适用");

        assertThat(report.single("R-FMT-EMPTY-CELL").cells()).containsExactly("applications.granted.naturalPerson");
        assertThat(report.findings("R-FMT-TABLE-MISSING")).isEmpty();
        assertThat(report.findings("R-T3-BALANCE")).isEmpty();
        List<Finding> notAssessable = report.validate().findings().stream()
                .filter(f -> f.status() == FindingStatus.NOT_ASSESSABLE && f.rule().startsWith("R-T3")).toList();
        assertThat(notAssessable).extracting(Finding::rule).containsOnly("R-T3-OUTCOME-SUM", "R-T3-ROW-TOTAL");
    }

    @Test
    void headingWithHeForJiIsTheTemplatesHeading() {
        assertThat(SeedMutation.seed("003").replace("五、存在的主要问题及改进情况", "五、存在的主要问题和改进情况")
                .findings("R-FMT-SECTIONS")).isEmpty();
    }

    @Test
    void aStrayCharacterBeforeAHeadingKeepsItsSectionAndItsContentCheck() {
        SeedMutation report = SeedMutation.seed("003")
                .replaceBetween("五、存在的主要问题及改进情况", "六、其他需要报告的事项", "无。")
                .replace("五、存在的主要问题及改进情况", "l六、存在的主要问题及改进情况");

        Finding heading = report.single("R-FMT-SECTIONS");
        assertThat(heading.location().section()).isEqualTo("problems");
        assertThat(heading.severity()).isEqualTo(Severity.WARNING);
        assertThat(report.single("R-TXT-SEC5").status()).isEqualTo(FindingStatus.FAIL);
    }

    @Test
    void aCountyMayCollectThousandsOfTenThousandYuan() {
        SeedMutation county = SeedMutation.seed("003").replace("行政事业性收费\n\t0\n", "行政事业性收费\n\t3415.74\n")
                .submittedAs("120119", 2024);
        assertThat(county.findings("R-T2-FEE-UNIT")).isEmpty();
        assertThat(SeedMutation.seed("003").replace("行政事业性收费\n\t0\n", "行政事业性收费\n\t3415.74\n")
                .single("R-T2-FEE-UNIT").severity()).isEqualTo(Severity.INFO);
    }

    /** The peer's test: 二 to 六 numbered one too high, 五 with a stray l. Each is found by its title, each warned. */
    @Test
    void misnumberedHeadingsAreFoundByTheirTitles() {
        SeedMutation report = SeedMutation.seed("003").replace("二、主动公开政府信息情况", "三、主动公开政府信息情况")
                .replace("三、收到和处理政府信息公开申请情况", "四、收到和处理政府信息公开申请情况")
                .replace("四、政府信息公开行政复议、行政诉讼情况", "五、政府信息公开行政复议、行政诉讼情况")
                .replace("五、存在的主要问题及改进情况", "l六、存在的主要问题及改进情况")
                .replace("六、其他需要报告的事项", "七、其他需要报告的事项");

        List<Finding> headings = report.findings("R-FMT-SECTIONS");
        assertThat(headings).hasSize(5).allSatisfy(f -> assertThat(f.severity()).isEqualTo(Severity.WARNING));
        assertThat(headings).extracting(f -> f.location().section()).containsExactly("activeDisclosure",
                "applications", "reviewLitigation", "problems", "otherMatters");
    }

    @Test
    void aTableLeftBlankIsSaidOnce() {
        String text = SeedMutation.seed("002").text();
        int from = text.indexOf("三、收到和处理政府信息公开申请情况");
        int to = text.indexOf("四、政府信息公开行政复议");
        SeedMutation blank = SeedMutation.text(text.substring(0, from) + text.substring(from, to).replace("\t0", "\t/")
                + text.substring(to)).submittedAs("410425108", 2024);

        Finding f = blank.single("R-FMT-MOSTLY-BLANK");
        assertThat(f.location().table()).isEqualTo("T3");
        assertThat(f.message()).startsWith("T3: ");
        assertThat(SeedMutation.seed("002").findings("R-FMT-MOSTLY-BLANK")).isEmpty();
        assertThat(t3("不适用").findings("R-FMT-MOSTLY-BLANK")).isEmpty();
    }
}
