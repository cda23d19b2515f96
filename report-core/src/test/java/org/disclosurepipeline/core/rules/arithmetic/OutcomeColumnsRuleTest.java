package org.disclosurepipeline.core.rules.arithmetic;

import static org.assertj.core.api.Assertions.assertThat;

import org.disclosurepipeline.core.rules.Finding;
import org.disclosurepipeline.core.rules.FindingStatus;
import org.disclosurepipeline.core.rules.SeedMutation;
import org.disclosurepipeline.core.rules.Severity;
import org.junit.jupiter.api.Test;

class OutcomeColumnsRuleTest {

    @Test
    void aTotalProcessedWithoutAnyOutcomeFails() {
        var found = SeedMutation.seed("002").cells("(七) 总计", "1", "0", "0", "0", "0", "0", "1")
                .findings("R-T3-OUTCOME-SUM");

        assertThat(found).hasSize(2);
        Finding total = found.get(1);
        assertThat(total.severity()).isEqualTo(Severity.ERROR);
        assertThat(total.status()).isEqualTo(FindingStatus.FAIL);
        assertThat(total.location().column()).isEqualTo("total");
        assertThat(total.left()).isEqualByComparingTo("1");
        assertThat(total.right()).isEqualByComparingTo("0");
    }

    @Test
    void aGrantedApplicationCountedInTheTotalPasses() {
        assertThat(SeedMutation.seed("002")
                .cells("(一) 予以公开", "1", "0", "0", "0", "0", "0", "1")
                .cells("(七) 总计", "1", "0", "0", "0", "0", "0", "1")
                .findings("R-T3-OUTCOME-SUM")).isEmpty();
    }
}
