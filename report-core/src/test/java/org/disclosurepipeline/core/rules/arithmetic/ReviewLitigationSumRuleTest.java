package org.disclosurepipeline.core.rules.arithmetic;

import static org.assertj.core.api.Assertions.assertThat;

import org.disclosurepipeline.core.rules.Finding;
import org.disclosurepipeline.core.rules.FindingStatus;
import org.disclosurepipeline.core.rules.SeedMutation;
import org.disclosurepipeline.core.rules.Severity;
import org.disclosurepipeline.core.rules.ValidationResult;
import org.disclosurepipeline.core.rules.Verdict;
import org.junit.jupiter.api.Test;

class ReviewLitigationSumRuleTest {

    private static final String ZEROS = "0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0";

    /** The real 2023 district case of the issue: 行政复议 10/1/0/0 with 总计 0. */
    @Test
    void aReviewRowOf10And1WithTotal0IsRejectedWithLeft11AndRight0() {
        ValidationResult result = SeedMutation.seed("002")
                .replace(ZEROS, "10\t1\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0").validate();

        assertThat(result.verdict()).isEqualTo(Verdict.REJECTED);
        Finding f = result.findings().stream().filter(x -> x.rule().equals("R-T4-REVIEW-SUM")).findFirst()
                .orElseThrow();
        assertThat(f.severity()).isEqualTo(Severity.ERROR);
        assertThat(f.status()).isEqualTo(FindingStatus.FAIL);
        assertThat(f.left()).isEqualByComparingTo("11");
        assertThat(f.right()).isEqualByComparingTo("0");
        assertThat(f.location().table()).isEqualTo("T4");
        assertThat(f.cells()).contains("reviewLitigation.review.upheld", "reviewLitigation.review.total");
    }

    @Test
    void eachLitigationGroupIsCheckedUnderItsOwnCode() {
        SeedMutation report = SeedMutation.seed("002")
                .replace(ZEROS, "0\t0\t0\t0\t0\t1\t0\t0\t1\t1\t0\t0\t0\t0\t1");

        Finding direct = report.single("R-T4-LIT-DIRECT-SUM");
        assertThat(direct.left()).isEqualByComparingTo("2");
        assertThat(direct.right()).isEqualByComparingTo("1");
        assertThat(report.single("R-T4-LIT-AFTER-SUM").left()).isEqualByComparingTo("0");
        assertThat(report.findings("R-T4-REVIEW-SUM")).isEmpty();
    }

    @Test
    void rowsThatAddUpPass() {
        ValidationResult result = SeedMutation.seed("002")
                .replace(ZEROS, "1\t1\t0\t0\t2\t0\t0\t0\t1\t1\t1\t0\t0\t0\t1").validate();

        assertThat(result.findings()).noneMatch(f -> f.rule().startsWith("R-T4-"));
    }
}
