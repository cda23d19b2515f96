package org.disclosurepipeline.core.rules.issue17;

import static org.assertj.core.api.Assertions.assertThat;

import org.disclosurepipeline.core.rules.Finding;
import org.disclosurepipeline.core.rules.SeedMutation;
import org.junit.jupiter.api.Test;

/**
 * The narrative cases of issue 17, each as a report: seed 002 with the case's T3/T4 totals and its sentence in the
 * overview (where the seed says 共受理依申请公开政府信息 0 件).
 */
class NarrativeCasesTest {

    private static final String SEED_SENTENCE = "2024 年，我镇共受理依申请公开政府信息 0 件，未引发行政复议和行政诉讼。";
    private static final String T4_ROW = "\n0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\n";

    /** Seed 002 whose T3 总计 column reads received / carried over / completed / carried forward. */
    private static SeedMutation applications(String sentence, int received, int over, int completed, int forward) {
        return SeedMutation.seed("002").replace(SEED_SENTENCE, sentence)
                .cells("一、本年新收", row(received)).cells("二、上年结转", row(over))
                .cells("(一) 予以公开", row(completed)).cells("(七) 总计", row(completed))
                .cells("四、结转下年度", row(forward));
    }

    private static String[] row(int total) {
        return new String[] {String.valueOf(total), "0", "0", "0", "0", "0", String.valueOf(total)};
    }

    /** Seed 002 whose T4 reads the given review total and direct-litigation total. */
    private static SeedMutation cases(String sentence, int reviews, int suits) {
        String r = String.valueOf(reviews);
        String l = String.valueOf(suits);
        return SeedMutation.seed("002").replace(SEED_SENTENCE, sentence).replace(T4_ROW,
                "\n" + String.join("\t", r, "0", "0", "0", r, l, "0", "0", "0", l, "0", "0", "0", "0", "0") + "\n");
    }

    @Test
    void lastYearsCarryIsNotReadAsCarriedForward() {
        assertThat(applications("收到政府信息公开申请2件，上年结转0件，办结1件，结转下年度继续办理1件。", 2, 0, 1, 1)
                .findings("R-TXT-APPS")).isEmpty();
    }

    @Test
    void aRepliedCountWithItsCarriesInBracketsIsReadWholly() {
        assertThat(applications("受理政府信息公开申请3259件，答复3278件（含上年度结转申请77件，另有58件顺延到下年度办理）。",
                3259, 77, 3278, 58).findings("R-TXT-APPS")).isEmpty();
    }

    @Test
    void handlingLastYearsCarriedApplicationIsRowTwo() {
        Finding f = applications("受理信息公开申请10件，办理上年度结转申请1件。答复11件，均在法定期限内答复。", 10, 2, 11, 1)
                .single("R-TXT-APPS");
        assertThat(f.location().row()).isEqualTo("carriedOver");
        assertThat(f.left()).isEqualByComparingTo("1");
        assertThat(f.right()).isEqualByComparingTo("2");
    }

    @Test
    void aCountAfterQiZhongIsNotTheCompletedTotal() {
        assertThat(applications("共受理政府信息公开申请19件，其中11件均按规定程序办结，8件申请人主动撤销。", 19, 0, 19, 0)
                .findings("R-TXT-APPS")).isEmpty();
    }

    @Test
    void litigationWithWordsBetweenIsCompared() {
        Finding f = cases("全年发生行政诉讼案件8件。", 0, 7).single("R-TXT-REVIEW-LIT");
        assertThat(f.left()).isEqualByComparingTo("8");
        assertThat(f.right()).isEqualByComparingTo("7");
        assertThat(cases("全年发生行政诉讼案件7件。", 0, 7).findings("R-TXT-REVIEW-LIT")).isEmpty();
    }

    @Test
    void reviewWithWordsBetweenIsCompared() {
        Finding f = cases("全年被申请行政复议的案件共3件。", 2, 0).single("R-TXT-REVIEW-LIT");
        assertThat(f.location().row()).isEqualTo("review");
        assertThat(f.left()).isEqualByComparingTo("3");
        assertThat(cases("行政复议被纠错0件。", 2, 0).findings("R-TXT-REVIEW-LIT")).isEmpty();
    }

    @Test
    void anOverviewCountingLastYearsApplicationsIsFlaggedNotCompared() {
        SeedMutation report = applications("2023年，我镇收到政府信息公开申请12件，办结12件。", 3, 0, 3, 0);

        Finding f = report.single("R-TXT-YEAR");
        assertThat(f.message()).contains("2023", "2024");
        assertThat(report.findings("R-TXT-APPS")).isEmpty();
        assertThat(applications("2024年，我镇收到政府信息公开申请3件，较2023年的12件有所减少。", 3, 0, 3, 0)
                .findings("R-TXT-YEAR")).isEmpty();
    }
}
