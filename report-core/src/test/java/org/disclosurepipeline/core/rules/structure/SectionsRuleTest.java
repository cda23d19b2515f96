package org.disclosurepipeline.core.rules.structure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.disclosurepipeline.core.rules.Finding;
import org.disclosurepipeline.core.rules.FindingStatus;
import org.disclosurepipeline.core.rules.SeedMutation;
import org.disclosurepipeline.core.rules.Severity;
import org.junit.jupiter.api.Test;

class SectionsRuleTest {

    @Test
    void aMissingTableSectionIsAnError() {
        List<Finding> found = SeedMutation.seed("002").replace("四、政府信息公开行政复议、行政诉讼情况", "")
                .findings("R-FMT-SECTIONS");

        assertThat(found).anySatisfy(f -> {
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.status()).isEqualTo(FindingStatus.FAIL);
            assertThat(f.location().section()).isEqualTo("reviewLitigation");
        });
    }

    @Test
    void aNumberedVariantOfAHeadingIsAWarning() {
        Finding f = SeedMutation.seed("000").single("R-FMT-SECTIONS");

        assertThat(f.severity()).isEqualTo(Severity.WARNING);
        assertThat(f.message()).contains("'1、 总体情况'", "'一、总体情况'");
        assertThat(f.location().section()).isEqualTo("overview");
    }

    @Test
    void sixOfficialHeadingsPass() {
        assertThat(SeedMutation.seed("002").findings("R-FMT-SECTIONS")).isEmpty();
    }
}
