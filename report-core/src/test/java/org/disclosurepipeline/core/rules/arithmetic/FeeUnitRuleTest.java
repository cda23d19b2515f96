package org.disclosurepipeline.core.rules.arithmetic;

import static org.assertj.core.api.Assertions.assertThat;

import org.disclosurepipeline.core.rules.Finding;
import org.disclosurepipeline.core.rules.FindingStatus;
import org.disclosurepipeline.core.rules.SeedMutation;
import org.disclosurepipeline.core.rules.Severity;
import org.junit.jupiter.api.Test;

class FeeUnitRuleTest {

    @Test
    void thirtyFiveHundredTenThousandYuanLooksLikeYuan() {
        Finding f = SeedMutation.seed("002").cells("行政事业性收费", "3500").single("R-T2-FEE-UNIT");

        assertThat(f.severity()).isEqualTo(Severity.INFO);
        assertThat(f.status()).isEqualTo(FindingStatus.FAIL);
        assertThat(f.location().row()).isEqualTo("feesTenThousandYuan");
        assertThat(f.message()).contains("3500", "enter 0.35");
    }

    @Test
    void sixDecimalsAreFinerThanAYuan() {
        Finding f = SeedMutation.seed("002").cells("行政事业性收费", "0.123456").single("R-T2-FEE-UNIT");

        assertThat(f.message()).contains("more than four decimals");
    }

    @Test
    void aPlausibleAmountPasses() {
        assertThat(SeedMutation.seed("002").cells("行政事业性收费", "0.35").findings("R-T2-FEE-UNIT")).isEmpty();
    }
}
