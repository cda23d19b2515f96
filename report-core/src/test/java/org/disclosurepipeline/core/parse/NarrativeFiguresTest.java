package org.disclosurepipeline.core.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.disclosurepipeline.core.model.Narrative;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each count of the prose goes to the quantity its own words name. The first row is the sentence of the real 淮安市
 * 2024 report (documents/huaian-city-2024.pdf) as its PDF text gives it; the others are the ways reports word the
 * same facts, and the sentences of issue 17 and of the peer's tests that tripped the nearest-number reader.
 */
class NarrativeFiguresTest {

    private static final String R = Narrative.APPLICATIONS_RECEIVED;
    private static final String C = Narrative.APPLICATIONS_COMPLETED;
    private static final String O = Narrative.APPLICATIONS_CARRIED_OVER;
    private static final String F = Narrative.APPLICATIONS_CARRIED_FORWARD;

    static Stream<Arguments> statements() {
        return Stream.of(
                Arguments.of("全市共受理政府信息公开申请 3119 件，答\n复 3050 件（含上年度结转申请 34 件，另有 103 件顺延到下年度"
                        + "\n答复），均在法定期限内予以答复。", 3119L, 3050L, 34L, 103L),
                Arguments.of("答复政府信息公开申请805件（含上年度结转申请18件，另有72件申请按照《条例》顺延到下年度答复）", null, 805L,
                        18L, 72L),
                Arguments.of("本年度共受理申请5件，办结4件，结转1件。", 5L, 4L, null, 1L),
                Arguments.of("上年结转2件，本年新收6件，结转下年度继续办理3件。", 6L, null, 2L, 3L),
                Arguments.of("其中2件结转至下一年度办理。", null, null, null, 2L),
                Arguments.of("本年度结转下年度办理0件。", null, null, null, 0L),
                Arguments.of("2023年结转2件已全部办结。", null, null, 2L, null),
                Arguments.of("结转下年度继续办理的申请，共计3件。", null, null, null, null),
                Arguments.of("共收到申请12件，均已办结。", 12L, null, null, null),
                Arguments.of("收到政府信息公开申请2件，上年结转0件，办结1件，结转下年度继续办理1件。", 2L, 1L, 0L, 1L),
                Arguments.of("受理政府信息公开申请 19 件，其中 11 件均按规定程序办结，8 件申请人主动撤销。", 19L, null, null, null),
                Arguments.of("2025年受理信息公开申请10件，办理上年度结转申请1件。答复11件，均在法定期限内答复。", null, null, null,
                        null),
                Arguments.of("受理信息公开申请10件，办理上年度结转申请1件。答复11件，均在法定期限内答复。", 10L, 11L, 1L, null),
                Arguments.of("全年共受理政府信息公开申请52件（含上年结转3件），办结50件，结转下年度2件。", null, 50L, 3L, 2L),
                Arguments.of("全年共处理政府信息公开申请15件，其中新收13件，上年结转2件。", 13L, 15L, 2L, null),
                Arguments.of("收到申请20件，办结18件，2件结转至2025年办理。", 20L, 18L, null, 2L),
                Arguments.of("答复网民留言86件，办结人大建议和政协提案15件。", null, null, null, null),
                Arguments.of("收到申请5件，因申请人撤销申请终止办理1件，办结4件。", 5L, 4L, null, null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("statements")
    void eachCountGoesToTheQuantityItsWordsName(String prose, Long received, Long completed, Long carriedOver,
            Long carriedForward) {
        Narrative n = NarrativeReader.read(prose, 2024);

        assertThat(n.count(R)).as("received").isEqualTo(received);
        assertThat(n.count(C)).as("completed").isEqualTo(completed);
        assertThat(n.count(O)).as("carried over from last year").isEqualTo(carriedOver);
        assertThat(n.count(F)).as("carried forward to next year").isEqualTo(carriedForward);
    }

    @Test
    void aYearCarryNeedsTheReportsYear() {
        assertThat(NarrativeReader.read("2023年结转2件已全部办结。", null).count(O)).isNull();
    }

    @Test
    void casesAreReadWithWordsBetween() {
        Narrative n = NarrativeReader.read("全年发生行政诉讼案件8件，被申请行政复议的案件共2件，行政复议被纠错0件。", 2024);

        assertThat(n.count(Narrative.LITIGATION_CASES)).isEqualTo(8L);
        assertThat(n.count(Narrative.REVIEW_CASES)).isEqualTo(2L);
        assertThat(NarrativeReader.read("行政复议和行政诉讼各1件。", 2024).count(Narrative.REVIEW_CASES)).isEqualTo(1L);
        assertThat(NarrativeReader.read("全年共收到行政复议申请2件。", 2024).count(R)).isNull();
    }

    @Test
    void countsOfAnotherYearAreNotThisReportsButAreNoted() {
        Narrative last = NarrativeReader.read("2023年，我镇收到政府信息公开申请4件，办结4件。", 2024);
        assertThat(last.count(R)).isNull();
        assertThat(last.count(Narrative.APPLICATIONS_OF_OTHER_YEAR)).isEqualTo(2023L);

        Narrative compared = NarrativeReader.read("2023年收到申请5件，2024年收到申请8件。", 2024);
        assertThat(compared.count(R)).isEqualTo(8L);
        assertThat(compared.count(Narrative.APPLICATIONS_OF_OTHER_YEAR)).isNull();
    }
}
