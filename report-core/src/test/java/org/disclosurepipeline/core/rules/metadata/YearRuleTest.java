package org.disclosurepipeline.core.rules.metadata;

import static org.assertj.core.api.Assertions.assertThat;

import org.disclosurepipeline.core.rules.Finding;
import org.disclosurepipeline.core.rules.FindingStatus;
import org.disclosurepipeline.core.rules.SeedMutation;
import org.disclosurepipeline.core.rules.Severity;
import org.disclosurepipeline.core.rules.ValidationResult;
import org.disclosurepipeline.core.rules.Verdict;
import org.junit.jupiter.api.Test;

class YearRuleTest {

    @Test
    void aTitleYearThatContradictsThePeriodRejectsTheReport() {
        SeedMutation report = SeedMutation.seed("001").replace("双溪镇2024年度政府信息公开工作", "双溪镇2023年度政府信息公开工作");
        ValidationResult result = report.validate();
        Finding f = report.single("R-META-YEAR");

        assertThat(f.severity()).isEqualTo(Severity.ERROR);
        assertThat(f.status()).isEqualTo(FindingStatus.FAIL);
        assertThat(f.message()).contains("the title says 2023", "2024-01-01 to 2024-12-31",
                "submitted as the report for 2024");
        assertThat(result.verdict()).isEqualTo(Verdict.REJECTED);
    }

    @Test
    void aSigningDateInTheReportYearItselfFails() {
        Finding f = SeedMutation.seed("000").replace("2025年1月24日", "2024年12月24日").single("R-META-YEAR");

        assertThat(f.severity()).isEqualTo(Severity.ERROR);
        assertThat(f.message()).contains("signed 2024-12-24", "report for 2023");
    }

    @Test
    void aReportSubmittedForAnotherYearFails() {
        assertThat(SeedMutation.seed("003").submittedAs("120119123", 2023).single("R-META-YEAR").status())
                .isEqualTo(FindingStatus.FAIL);
    }

    @Test
    void agreeingYearsPass() {
        assertThat(SeedMutation.seed("001").findings("R-META-YEAR")).isEmpty();
        assertThat(SeedMutation.seed("000").findings("R-META-YEAR")).isEmpty(); // only its signing date says 2024
    }

    @Test
    void aReportThatStatesNoYearIsNotAssessable() {
        Finding f = SeedMutation.seed("000").replace("2025年1月24日", "").single("R-META-YEAR");

        assertThat(f.status()).isEqualTo(FindingStatus.NOT_ASSESSABLE);
        assertThat(f.severity()).isEqualTo(Severity.WARNING);
    }
}
