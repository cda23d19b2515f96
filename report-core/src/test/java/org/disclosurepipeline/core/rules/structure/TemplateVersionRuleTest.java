package org.disclosurepipeline.core.rules.structure;

import static org.assertj.core.api.Assertions.assertThat;

import org.disclosurepipeline.core.rules.Finding;
import org.disclosurepipeline.core.rules.FindingStatus;
import org.disclosurepipeline.core.rules.SeedMutation;
import org.disclosurepipeline.core.rules.Severity;
import org.junit.jupiter.api.Test;

class TemplateVersionRuleTest {

    @Test
    void aReportFor2024WithTwoOtherHandlingRowsUsesALocalVariant() {
        Finding f = SeedMutation.seed("000").single("R-FMT-TEMPLATE-VERSION");

        assertThat(f.severity()).isEqualTo(Severity.WARNING);
        assertThat(f.status()).isEqualTo(FindingStatus.FAIL);
        assertThat(f.message()).contains("two rows under （六）其他处理");
    }

    @Test
    void dropping3OtherFromThe2021TemplateMakesAVariant() {
        assertThat(SeedMutation.seed("002").replace("3. 其他\t\t0\t0\t0\t0\t0\t0\t0\t\n", "")
                .findings("R-FMT-TEMPLATE-VERSION")).hasSize(1);
    }

    @Test
    void the2021TemplatePasses() {
        assertThat(SeedMutation.seed("002").findings("R-FMT-TEMPLATE-VERSION")).isEmpty();
    }
}
