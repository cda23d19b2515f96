package org.disclosurepipeline.core.rules.structure;

import static org.assertj.core.api.Assertions.assertThat;

import org.disclosurepipeline.core.rules.Finding;
import org.disclosurepipeline.core.rules.FindingStatus;
import org.disclosurepipeline.core.rules.SeedMutation;
import org.disclosurepipeline.core.rules.Severity;
import org.junit.jupiter.api.Test;

class LabelRuleTest {

    @Test
    void aTypoInARowLabelIsAnInfo() {
        Finding f = SeedMutation.seed("002").replace("逾期不补正", "逾期不补证").single("R-FMT-LABEL");

        assertThat(f.severity()).isEqualTo(Severity.INFO);
        assertThat(f.status()).isEqualTo(FindingStatus.FAIL);
        assertThat(f.location().row()).isEqualTo("otherHandling.overdueCorrection");
        assertThat(f.message()).contains("逾期不补证", "逾期不补正");
    }

    @Test
    void officialLabelsPass() {
        assertThat(SeedMutation.seed("002").findings("R-FMT-LABEL")).isEmpty();
    }
}
