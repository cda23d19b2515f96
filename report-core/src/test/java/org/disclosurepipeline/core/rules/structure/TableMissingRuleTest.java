package org.disclosurepipeline.core.rules.structure;

import static org.assertj.core.api.Assertions.assertThat;

import org.disclosurepipeline.core.rules.FindingStatus;
import org.disclosurepipeline.core.rules.SeedMutation;
import org.disclosurepipeline.core.rules.Severity;
import org.junit.jupiter.api.Test;

class TableMissingRuleTest {

    @Test
    void aRowWithSixValuesForSevenColumnsIsAnError() {
        var found = SeedMutation.seed("002")
                .replace("二、上年结转政府信息公开申请数量\t\t0\t0\t0\t0\t0\t0\t0", "二、上年结转政府信息公开申请数量\t\t0\t0\t0\t0\t0\t0")
                .findings("R-FMT-TABLE-MISSING");

        assertThat(found).isNotEmpty().allSatisfy(f -> {
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.status()).isEqualTo(FindingStatus.FAIL);
            assertThat(f.location().table()).isEqualTo("T3");
        });
    }

    @Test
    void completeTablesPass() {
        assertThat(SeedMutation.seed("002").findings("R-FMT-TABLE-MISSING")).isEmpty();
    }
}
