package org.disclosurepipeline.core.rules.metadata;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.MonthDay;
import org.disclosurepipeline.core.rules.Finding;
import org.disclosurepipeline.core.rules.FindingStatus;
import org.disclosurepipeline.core.rules.RuleSettings;
import org.disclosurepipeline.core.rules.SeedMutation;
import org.disclosurepipeline.core.rules.Severity;
import org.junit.jupiter.api.Test;

class DeadlineRuleTest {

    @Test
    void aTownshipReportDated20FebruaryIsLate() {
        Finding f = SeedMutation.seed("000").replace("2025年1月24日", "2025年2月20日").single("R-META-DEADLINE");

        assertThat(f.severity()).isEqualTo(Severity.WARNING);
        assertThat(f.status()).isEqualTo(FindingStatus.FAIL);
        assertThat(f.message()).contains("dated 2025-02-20", "20 day(s) after the deadline 2025-01-31");
    }

    @Test
    void aReportDatedBefore31JanuaryIsInTime() {
        assertThat(SeedMutation.seed("000").findings("R-META-DEADLINE")).isEmpty(); // 2025-01-24
    }

    @Test
    void theDeadlineIsASetting() {
        RuleSettings early = new RuleSettings(MonthDay.of(1, 15), MonthDay.of(3, 31), 0.5);

        assertThat(SeedMutation.seed("000").settings(early).single("R-META-DEADLINE").message())
                .contains("9 day(s) after the deadline 2025-01-15");
    }

    @Test
    void aCountyGovernmentHasUntil31March() {
        assertThat(SeedMutation.seed("000").replace("2025年1月24日", "2025年3月1日").submittedAs("610722", 2024)
                .findings("R-META-DEADLINE")).isEmpty();
    }

    @Test
    void withoutASigningDateItIsNotAssessableAtInfoLevel() {
        Finding f = SeedMutation.seed("002").single("R-META-DEADLINE");

        assertThat(f.status()).isEqualTo(FindingStatus.NOT_ASSESSABLE);
        assertThat(f.severity()).isEqualTo(Severity.INFO);
    }

    @Test
    void withoutASigningDateASubmissionReceivedInTimeIsInTime() {
        assertThat(SeedMutation.seed("002").receivedAt(Instant.parse("2025-01-20T02:00:00Z"))
                .findings("R-META-DEADLINE")).isEmpty();
    }
}
