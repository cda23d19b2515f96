package org.disclosurepipeline.core.rules.arithmetic;

import static org.assertj.core.api.Assertions.assertThat;

import org.disclosurepipeline.core.rules.Finding;
import org.disclosurepipeline.core.rules.FindingStatus;
import org.disclosurepipeline.core.rules.SeedMutation;
import org.disclosurepipeline.core.rules.Severity;
import org.junit.jupiter.api.Test;

class ApplicationsRowTotalRuleTest {

    @Test
    void aRowTotalThatIsNotTheSumOfItsApplicantsFails() {
        Finding f = SeedMutation.seed("002").cells("1. 属于国家秘密", "0", "2", "0", "0", "0", "0", "1")
                .single("R-T3-ROW-TOTAL");

        assertThat(f.severity()).isEqualTo(Severity.ERROR);
        assertThat(f.status()).isEqualTo(FindingStatus.FAIL);
        assertThat(f.location().row()).isEqualTo("denied.stateSecret");
        assertThat(f.left()).isEqualByComparingTo("1");
        assertThat(f.right()).isEqualByComparingTo("2");
    }

    @Test
    void aRowWhoseTotalIsItsSumPasses() {
        assertThat(SeedMutation.seed("002").cells("1. 属于国家秘密", "1", "2", "0", "0", "0", "0", "3")
                .findings("R-T3-ROW-TOTAL")).isEmpty();
    }
}
