package org.disclosurepipeline.core.rules.narrative;

import static org.assertj.core.api.Assertions.assertThat;

import org.disclosurepipeline.core.rules.Finding;
import org.disclosurepipeline.core.rules.FindingStatus;
import org.disclosurepipeline.core.rules.SeedMutation;
import org.disclosurepipeline.core.rules.Severity;
import org.junit.jupiter.api.Test;

class SubtotalRuleTest {

    @Test
    void partsThatDoNotAddUpToTheTotalFail() {
        Finding f = SeedMutation.seed("002").replace("工作动态类信息 151 条", "工作动态类信息 150 条")
                .single("R-TXT-SUBTOTAL");

        assertThat(f.severity()).isEqualTo(Severity.WARNING);
        assertThat(f.status()).isEqualTo(FindingStatus.FAIL);
        assertThat(f.left()).isEqualByComparingTo("214");
        assertThat(f.right()).isEqualByComparingTo("213");
        assertThat(f.location().section()).isEqualTo("overview");
        assertThat(f.message()).contains("26 + 37 + 150 = 213");
    }

    @Test
    void partsThatAddUpPass() {
        assertThat(SeedMutation.seed("002").findings("R-TXT-SUBTOTAL")).isEmpty(); // 26 + 37 + 151 = 214
    }

    @Test
    void aListEndingWith等MayBePartial() {
        SeedMutation partial = SeedMutation.seed("001").replace("主动公开各类政府信息62条，",
                "共主动公开各类政府信息62条，其中政策文件10条、工作动态20条等，");

        assertThat(partial.findings("R-TXT-SUBTOTAL")).isEmpty();
    }
}
