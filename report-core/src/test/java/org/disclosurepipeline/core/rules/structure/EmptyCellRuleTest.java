package org.disclosurepipeline.core.rules.structure;

import static org.assertj.core.api.Assertions.assertThat;

import org.disclosurepipeline.core.rules.Finding;
import org.disclosurepipeline.core.rules.FindingStatus;
import org.disclosurepipeline.core.rules.SeedMutation;
import org.disclosurepipeline.core.rules.Severity;
import org.junit.jupiter.api.Test;

class EmptyCellRuleTest {

    @Test
    void aSlashIsKeptEmptyAndReported() {
        SeedMutation report = SeedMutation.seed("002").replace("规章\t0\t0\t0", "规章\t/\t0\t0");
        Finding f = report.single("R-FMT-EMPTY-CELL");

        assertThat(f.severity()).isEqualTo(Severity.WARNING);
        assertThat(f.status()).isEqualTo(FindingStatus.FAIL);
        assertThat(f.cells()).containsExactly("activeDisclosure.regulations.issued");
        assertThat(report.report().figures().has("activeDisclosure.regulations.issued")).isTrue();
        assertThat(report.report().figures().get("activeDisclosure.regulations.issued")).isNull();
    }

    /**
     * A department that left the five 法人或其他组织 columns of T3 blank in every row (as a real 2019 web page did,
     * its cells &amp;nbsp;) got 125 findings, one per cell: it gets one that names the columns.
     */
    @Test
    void fiveColumnsLeftBlankAreOneFindingThatNamesThem() {
        String text = SeedMutation.seed("002").text();
        int start = text.indexOf("一、本年新收政府信息公开申请数量");
        int end = text.indexOf("四、政府信息公开行政复议、行政诉讼情况");
        StringBuilder t3 = new StringBuilder();
        for (String line : text.substring(start, end).split("\n", -1)) {
            // the seven numbers of a row are its last seven; the middle five go blank
            t3.append(line.replaceAll("\t0\t0\t0\t0\t0\t0\t0(\t?)$", "\t0\t\t\t\t\t\t0$1")).append('\n');
        }
        SeedMutation report = SeedMutation.text(text.substring(0, start) + t3.toString().stripTrailing() + "\n\n"
                + text.substring(end)).submittedAs("410425108", 2024);

        Finding f = report.single("R-FMT-EMPTY-CELL");
        assertThat(f.cells()).hasSize(125).contains("applications.carriedOver.researchInstitution",
                "applications.otherHandling.other.otherOrg");
        assertThat(f.location().table()).isEqualTo("T3");
        assertThat(f.message()).startsWith("T3: 125 cells are empty (blank), kept empty, not 0")
                .contains("columns 商业企业, 科研机构, 社会公益组织, 法律服务机构, 其他 in every row")
                .doesNotContain("row '");
        assertThat(f.messageZh()).contains("“商业企业”、“科研机构”、“社会公益组织”、“法律服务机构”、“其他”列各行均为空");
        assertThat(report.report().figures().get("applications.granted.socialWelfareOrg")).isNull();
        assertThat(report.report().figures().get("applications.granted.total")).isEqualTo(0L);
    }

    @Test
    void emptyCellsOutsideWholeColumnsAreNamedByRow() {
        SeedMutation report = SeedMutation.seed("002").cells("一、本年新收", "/", "0", "0")
                .cells("二、上年结转", "/", "0", "0", "0", "0", "0", "—");

        Finding f = report.single("R-FMT-EMPTY-CELL");
        assertThat(f.cells()).containsExactly("applications.newReceived.legalServiceOrg",
                "applications.carriedOver.naturalPerson", "applications.carriedOver.total");
        assertThat(f.message()).contains("3 cells are empty ('/', '—')",
                "row '一、本年新收政府信息公开申请数量' (line 49): 法律服务机构",
                "row '二、上年结转政府信息公开申请数量' (line 50): 自然人, 总计");
    }

    @Test
    void filledCellsPass() {
        assertThat(SeedMutation.seed("002").findings("R-FMT-EMPTY-CELL")).isEmpty();
    }
}
