package org.disclosurepipeline.core.rules.narrative;

import static org.assertj.core.api.Assertions.assertThat;

import org.disclosurepipeline.core.rules.Finding;
import org.disclosurepipeline.core.rules.FindingStatus;
import org.disclosurepipeline.core.rules.SeedMutation;
import org.disclosurepipeline.core.rules.Severity;
import org.junit.jupiter.api.Test;

class ReviewLitigationTextRuleTest {

    private static final String T4_ZEROS = "0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0";

    @Test
    void twoReviewsInTheTextButNoneInT4Fails() {
        Finding f = SeedMutation.seed("002").replace("未引发行政复议和行政诉讼", "被申请行政复议2起")
                .single("R-TXT-REVIEW-LIT");

        assertThat(f.severity()).isEqualTo(Severity.WARNING);
        assertThat(f.status()).isEqualTo(FindingStatus.FAIL);
        assertThat(f.left()).isEqualByComparingTo("2");
        assertThat(f.right()).isEqualByComparingTo("0");
        assertThat(f.cells()).containsExactly("reviewLitigation.review.total");
    }

    @Test
    void countsThatAgreeWithT4Pass() {
        assertThat(SeedMutation.seed("002").replace("未引发行政复议和行政诉讼", "被申请行政复议2起，被提起行政诉讼1起")
                .replace(T4_ZEROS, "1\t1\t0\t0\t2\t0\t0\t0\t1\t1\t0\t0\t0\t0\t0")
                .findings("R-TXT-REVIEW-LIT")).isEmpty();
    }

    @Test
    void lawsuitsAreComparedWithBothLitigationGroups() {
        Finding f = SeedMutation.seed("002").replace("未引发行政复议和行政诉讼", "被提起行政诉讼3起")
                .replace(T4_ZEROS, "0\t0\t0\t0\t0\t0\t0\t0\t1\t1\t1\t0\t0\t0\t1")
                .single("R-TXT-REVIEW-LIT");

        assertThat(f.left()).isEqualByComparingTo("3");
        assertThat(f.right()).isEqualByComparingTo("2");
        assertThat(f.cells()).containsExactly("reviewLitigation.litigationDirect.total",
                "reviewLitigation.litigationAfterReview.total");
    }
}
