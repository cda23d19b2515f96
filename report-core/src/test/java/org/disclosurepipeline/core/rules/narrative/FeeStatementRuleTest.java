package org.disclosurepipeline.core.rules.narrative;

import static org.assertj.core.api.Assertions.assertThat;

import org.disclosurepipeline.core.rules.Finding;
import org.disclosurepipeline.core.rules.FindingStatus;
import org.disclosurepipeline.core.rules.SeedMutation;
import org.disclosurepipeline.core.rules.Severity;
import org.junit.jupiter.api.Test;

class FeeStatementRuleTest {

    @Test
    void aSection六SilentOnFeesFails() {
        Finding f = SeedMutation.seed("000").single("R-TXT-SEC6-FEE"); // 暂无需要报告的事项。

        assertThat(f.severity()).isEqualTo(Severity.WARNING);
        assertThat(f.status()).isEqualTo(FindingStatus.FAIL);
        assertThat(f.location().section()).isEqualTo("otherMatters");
        assertThat(f.message()).contains("does not say whether 信息处理费 was charged");
    }

    @Test
    void aStatementThatNoFeeWasChargedPasses() {
        assertThat(SeedMutation.seed("001").findings("R-TXT-SEC6-FEE")).isEmpty(); // 无收取信息处理费的情况
        assertThat(SeedMutation.seed("002").findings("R-TXT-SEC6-FEE")).isEmpty(); // 没有产生政府信息公开处理费
    }

    @Test
    void noFeeIn六ButAFeeChargedInTheOverviewFails() {
        Finding f = SeedMutation.seed("001")
                .replace("（3） 政府信息管理方面", "本年度收取信息处理费300元。\n（3） 政府信息管理方面")
                .single("R-TXT-SEC6-FEE");

        assertThat(f.message()).contains("says no 信息处理费 was charged", "收取信息处理费300元");
    }
}
