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

    /** A letter l typed for the digit 1, as in a real report: the finding names where it is and what was meant. */
    @Test
    void aLetterTypedForADigitIsNamedByLineRowAndColumnWithTheDigitItLooksLike() {
        SeedMutation report = SeedMutation.seed("002").cells("二、上年结转", "0", "l", "0", "0", "0", "0", "1");
        Finding f = report.single("R-NUM-VALID");

        assertThat(f.severity()).isEqualTo(Severity.ERROR);
        assertThat(f.cells()).containsExactly("applications.carriedOver.commercialEnterprise");
        assertThat(f.location().row()).isEqualTo("carriedOver");
        assertThat(f.location().column()).isEqualTo("commercialEnterprise");
        assertThat(f.message()).contains("Line 50", "T3 row '二、上年结转政府信息公开申请数量'", "column 商业企业", "'l'",
                "if 1 was meant");
        assertThat(f.messageZh()).contains("第50行", "表三", "“商业企业”列", "“l”", "如应为1");
        assertThat(report.findings("R-FMT-TABLE-MISSING")).isEmpty();
    }

    @Test
    void nonNegativeIntegersPass() {
        assertThat(SeedMutation.seed("002").cells("行政许可", "12").findings("R-NUM-VALID")).isEmpty();
    }
}
