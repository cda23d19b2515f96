package org.disclosurepipeline.core.rules.narrative;

import static org.assertj.core.api.Assertions.assertThat;

import org.disclosurepipeline.core.rules.Finding;
import org.disclosurepipeline.core.rules.FindingStatus;
import org.disclosurepipeline.core.rules.SeedMutation;
import org.disclosurepipeline.core.rules.Severity;
import org.junit.jupiter.api.Test;

class ZeroTextRuleTest {

    private static final String T4_ZEROS = "0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0";

    @Test
    void noApplicationsInTheTextButOneInTheTableFails() {
        Finding f = SeedMutation.seed("002")
                .cells("一、本年新收", "1", "0", "0", "0", "0", "0", "1")
                .cells("(一) 予以公开", "1", "0", "0", "0", "0", "0", "1")
                .cells("(七) 总计", "1", "0", "0", "0", "0", "0", "1")
                .single("R-TXT-ZERO");

        assertThat(f.severity()).isEqualTo(Severity.WARNING);
        assertThat(f.status()).isEqualTo(FindingStatus.FAIL);
        assertThat(f.left()).isEqualByComparingTo("0");
        assertThat(f.right()).isEqualByComparingTo("1");
        assertThat(f.location().row()).isEqualTo("newReceived");
    }

    @Test
    void noReviewInTheTextButACaseInT4Fails() {
        Finding f = SeedMutation.seed("002").replace(T4_ZEROS, "1\t0\t0\t0\t1\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0")
                .single("R-TXT-ZERO");

        assertThat(f.location().table()).isEqualTo("T4");
        assertThat(f.right()).isEqualByComparingTo("1");
        assertThat(f.message()).contains("未引发行政复议和行政诉讼");
    }

    @Test
    void zeroInTheTextAndZeroInTheTablesPasses() {
        assertThat(SeedMutation.seed("002").findings("R-TXT-ZERO")).isEmpty();
    }

    @Test
    void anEmptyT4TotalIsNotAssessable() {
        Finding f = SeedMutation.seed("002").replace(T4_ZEROS, "0\t0\t0\t0\t/\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0")
                .single("R-TXT-ZERO");

        assertThat(f.status()).isEqualTo(FindingStatus.NOT_ASSESSABLE);
        assertThat(f.cells()).containsExactly("reviewLitigation.review.total");
    }
}
