package org.disclosurepipeline.core.rules.crossyear;

import static org.assertj.core.api.Assertions.assertThat;

import org.disclosurepipeline.core.model.DisclosureReport;
import org.disclosurepipeline.core.rules.Finding;
import org.disclosurepipeline.core.rules.FindingStatus;
import org.disclosurepipeline.core.rules.SeedMutation;
import org.disclosurepipeline.core.rules.Severity;
import org.junit.jupiter.api.Test;

class StockRuleTest {

    private static DisclosureReport tenInForce() {
        return SeedMutation.seed("002").replace("行政规范性文件\t0\t0\t0", "行政规范性文件\t0\t0\t10").report();
    }

    @Test
    void aStockThatDoesNotFollowFromLastYearFails() {
        Finding f = SeedMutation.seed("002").replace("行政规范性文件\t0\t0\t0", "行政规范性文件\t3\t0\t12")
                .previousYear(tenInForce()).single("R-XY-STOCK");

        assertThat(f.severity()).isEqualTo(Severity.WARNING);
        assertThat(f.status()).isEqualTo(FindingStatus.FAIL);
        assertThat(f.location().row()).isEqualTo("normativeDocuments");
        assertThat(f.left()).isEqualByComparingTo("12");
        assertThat(f.right()).isEqualByComparingTo("13");
        assertThat(f.message()).contains("10 + 3 − 0 = 13");
        assertThat(f.cells()).contains("previousYear.activeDisclosure.normativeDocuments.inForce");
    }

    @Test
    void aStockThatFollowsPasses() {
        assertThat(SeedMutation.seed("002").replace("行政规范性文件\t0\t0\t0", "行政规范性文件\t3\t1\t12")
                .previousYear(tenInForce()).findings("R-XY-STOCK")).isEmpty();
    }

    @Test
    void anEmptyCellIsNotAssessable() {
        Finding f = SeedMutation.seed("002").replace("行政规范性文件\t0\t0\t0", "行政规范性文件\t3\t0\t/")
                .previousYear(tenInForce()).single("R-XY-STOCK");

        assertThat(f.status()).isEqualTo(FindingStatus.NOT_ASSESSABLE);
        assertThat(f.cells()).containsExactly("activeDisclosure.normativeDocuments.inForce");
    }
}
