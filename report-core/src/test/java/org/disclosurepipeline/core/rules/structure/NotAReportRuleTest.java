package org.disclosurepipeline.core.rules.structure;

import static org.assertj.core.api.Assertions.assertThat;

import org.disclosurepipeline.core.rules.Finding;
import org.disclosurepipeline.core.rules.FindingStatus;
import org.disclosurepipeline.core.rules.SeedMutation;
import org.disclosurepipeline.core.rules.Severity;
import org.disclosurepipeline.core.rules.ValidationResult;
import org.disclosurepipeline.core.rules.Verdict;
import org.junit.jupiter.api.Test;

class NotAReportRuleTest {

    @Test
    void aMeetingNoticeIsNotAReport() {
        ValidationResult result = SeedMutation.text("关于召开政务公开工作会议的通知\n请各单位于3月5日准时参加。\n").validate();

        Finding f = result.findings().stream().filter(x -> x.rule().equals("R-FMT-NOT-A-REPORT")).findFirst()
                .orElseThrow();
        assertThat(f.severity()).isEqualTo(Severity.ERROR);
        assertThat(f.status()).isEqualTo(FindingStatus.FAIL);
        assertThat(result.verdict()).isEqualTo(Verdict.REJECTED);
    }

    /** It used to be followed by ten NOT_ASSESSABLE findings that said nothing more. */
    @Test
    void notAReportIsTheOnlyThingSaidOfIt() {
        ValidationResult result = SeedMutation.text("关于召开政务公开工作会议的通知\n请各单位于3月5日准时参加。\n")
                .submittedAs("410425108", 2024).validate();

        assertThat(result.findings()).extracting(Finding::rule).containsExactly("R-FMT-NOT-A-REPORT");
    }

    @Test
    void aSeedIsAReport() {
        assertThat(SeedMutation.seed("002").findings("R-FMT-NOT-A-REPORT")).isEmpty();
    }
}
