package org.disclosurepipeline.core.rules.structure;

import static org.assertj.core.api.Assertions.assertThat;

import org.disclosurepipeline.core.rules.Finding;
import org.disclosurepipeline.core.rules.FindingStatus;
import org.disclosurepipeline.core.rules.SeedMutation;
import org.disclosurepipeline.core.rules.Severity;
import org.junit.jupiter.api.Test;

class NumberValidRuleTest {

    @Test
    void aNegativeCountIsAnError() {
        Finding f = SeedMutation.seed("002").cells("行政许可", "-2").single("R-NUM-VALID");

        assertThat(f.severity()).isEqualTo(Severity.ERROR);
        assertThat(f.status()).isEqualTo(FindingStatus.FAIL);
        assertThat(f.cells()).containsExactly("activeDisclosure.licensingDecisions");
        assertThat(f.message()).contains("'-2'");
    }

    @Test
    void nonNegativeIntegersPass() {
        assertThat(SeedMutation.seed("002").cells("行政许可", "12").findings("R-NUM-VALID")).isEmpty();
    }
}
