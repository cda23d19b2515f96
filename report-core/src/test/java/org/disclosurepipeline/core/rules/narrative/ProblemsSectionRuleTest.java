package org.disclosurepipeline.core.rules.narrative;

import static org.assertj.core.api.Assertions.assertThat;

import org.disclosurepipeline.core.rules.Finding;
import org.disclosurepipeline.core.rules.FindingStatus;
import org.disclosurepipeline.core.rules.SeedMutation;
import org.disclosurepipeline.core.rules.Severity;
import org.junit.jupiter.api.Test;

class ProblemsSectionRuleTest {

    private static final String FIVE = "五、存在的主要问题及改进情况";
    private static final String SIX = "六、其他需要报告的事项";

    @Test
    void aSectionThatSaysOnly无Fails() {
        Finding f = SeedMutation.seed("002").replaceBetween(FIVE, SIX, "无。").single("R-TXT-SEC5");

        assertThat(f.severity()).isEqualTo(Severity.WARNING);
        assertThat(f.status()).isEqualTo(FindingStatus.FAIL);
        assertThat(f.location().section()).isEqualTo("problems");
        assertThat(f.message()).contains("only '无。'");
    }

    @Test
    void aSectionWithMeasuresButNoProblemFails() {
        Finding f = SeedMutation.seed("002").replaceBetween(FIVE, SIX, "下一步，我镇将继续加强政务公开工作。")
                .single("R-TXT-SEC5");

        assertThat(f.message()).contains("names no problem");
    }

    @Test
    void problemsAndMeasuresPass() {
        assertThat(SeedMutation.seed("002").findings("R-TXT-SEC5")).isEmpty();
    }
}
