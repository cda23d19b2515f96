package org.disclosurepipeline.core.rules.crossyear;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.disclosurepipeline.core.model.DisclosureReport;
import org.disclosurepipeline.core.rules.Finding;
import org.disclosurepipeline.core.rules.FindingStatus;
import org.disclosurepipeline.core.rules.SeedMutation;
import org.disclosurepipeline.core.rules.Severity;
import org.junit.jupiter.api.Test;

class CarryOverRuleTest {

    /** Last year's report of 李口镇: seed 002 with two applications of natural persons carried forward. */
    private static DisclosureReport carriedTwo() {
        return SeedMutation.seed("002").replace(" 2024 年政府信息", " 2023 年政府信息")
                .cells("四、结转下年度继续办理", "2", "0", "0", "0", "0", "0", "2").report();
    }

    @Test
    void nothingCarriedOverAfterTwoCarriedForwardFails() {
        List<Finding> found = SeedMutation.seed("002").previousYear(carriedTwo()).findings("R-XY-CARRY");

        assertThat(found).hasSize(2);
        Finding natural = found.get(0);
        assertThat(natural.severity()).isEqualTo(Severity.WARNING);
        assertThat(natural.status()).isEqualTo(FindingStatus.FAIL);
        assertThat(natural.location().column()).isEqualTo("naturalPerson");
        assertThat(natural.left()).isEqualByComparingTo("0");
        assertThat(natural.right()).isEqualByComparingTo("2");
        assertThat(natural.cells()).containsExactly("applications.carriedOver.naturalPerson",
                "previousYear.applications.carriedForward.naturalPerson");
        assertThat(natural.message()).contains("the 2023 report carried 2 forward");
        assertThat(found.get(1).location().column()).isEqualTo("total");
    }

    @Test
    void carryingOverWhatWasCarriedForwardPasses() {
        assertThat(SeedMutation.seed("002")
                .cells("二、上年结转", "2", "0", "0", "0", "0", "0", "2")
                .cells("(一) 予以公开", "2", "0", "0", "0", "0", "0", "2")
                .cells("(七) 总计", "2", "0", "0", "0", "0", "0", "2")
                .previousYear(carriedTwo()).findings("R-XY-CARRY")).isEmpty();
    }

    @Test
    void withoutLastYearsReportNothingIsChecked() {
        assertThat(SeedMutation.seed("002").findings("R-XY-CARRY")).isEmpty();
    }

    @Test
    void anEmptyCellLastYearIsNotAssessable() {
        DisclosureReport previous = SeedMutation.seed("002").cells("四、结转下年度继续办理", "/").report();

        Finding f = SeedMutation.seed("002").previousYear(previous).single("R-XY-CARRY");
        assertThat(f.status()).isEqualTo(FindingStatus.NOT_ASSESSABLE);
        assertThat(f.cells()).containsExactly("previousYear.applications.carriedForward.total");
    }
}
