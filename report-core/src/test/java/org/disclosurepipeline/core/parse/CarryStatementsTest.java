package org.disclosurepipeline.core.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Which way applications were carried is read from each statement's grammar. The first row is the sentence of the
 * real 淮安市 2024 report (documents/huaian-city-2024.pdf), as its PDF text gives it; the others are the ways reports
 * word the same facts.
 */
class CarryStatementsTest {

    static Stream<Arguments> statements() {
        return Stream.of(
                Arguments.of("全市共受理政府信息公开申请 3119 件，答\n复 3050 件（含上年度结转申请 34 件，另有 103 件顺延到下年度"
                        + "\n答复），均在法定期限内予以答复。", 34L, 103L),
                Arguments.of("答复政府信息公开申请805件（含上年度结转申请18件，另有72件申请按照《条例》顺延到下年度答复）", 18L, 72L),
                Arguments.of("本年度共受理申请5件，办结4件，结转1件。", null, 1L),
                Arguments.of("上年结转2件，本年新收6件，结转下年度继续办理3件。", 2L, 3L),
                Arguments.of("其中2件结转至下一年度办理。", null, 2L),
                Arguments.of("本年度结转下年度办理0件。", null, 0L),
                Arguments.of("2023年结转2件已全部办结。", null, null),
                Arguments.of("结转下年度继续办理的申请，共计3件。", null, null),
                Arguments.of("共收到申请12件，均已办结。", null, null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("statements")
    void readsTheDirectionFromTheStatement(String prose, Long fromLastYear, Long toNextYear) {
        CarryStatements.Counts counts = CarryStatements.read(prose);

        assertThat(counts.fromLastYear()).as("carried over from last year").isEqualTo(fromLastYear);
        assertThat(counts.toNextYear()).as("carried forward to next year").isEqualTo(toNextYear);
    }
}
