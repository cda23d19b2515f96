package org.disclosurepipeline.core.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The five real seed reports, submitted for their own agency and 2024: all VALIDATED, none with an error, each
 * with exactly the warnings and infos the issue expects (and the ones that follow from what the seed lacks).
 */
class SeedsTest {

    private static final String DATE_UNKNOWN = "R-META-DEADLINE info NOT_ASSESSABLE"; // no signing date in the text

    static Stream<Arguments> seeds() {
        return Stream.of(
                Arguments.of("000", List.of(
                        "R-FMT-SECTIONS warning FAIL", // 1、 总体情况
                        "R-FMT-TEMPLATE-VERSION warning FAIL", // two rows under （六）
                        "R-FMT-LABEL info FAIL", // 逾期不补证
                        "R-FMT-LABEL info FAIL", // 收费通要求
                        "R-TXT-SEC6-FEE warning FAIL")), // 暂无需要报告的事项
                Arguments.of("001", List.of(
                        "R-FMT-TEMPLATE-VERSION warning FAIL",
                        "R-FMT-LABEL info FAIL")),
                Arguments.of("002", List.of(DATE_UNKNOWN)),
                Arguments.of("003", List.of(
                        DATE_UNKNOWN,
                        "R-TXT-SEC6-FEE warning FAIL")), // 六 only gives the website
                Arguments.of("004", List.of(
                        "R-FMT-SECTIONS warning FAIL", // 3、
                        "R-FMT-SECTIONS warning FAIL", // 4、
                        DATE_UNKNOWN,
                        "R-TXT-SEC6-FEE warning FAIL",
                        "R-TXT-FOREIGN warning FAIL", // 全省
                        "R-TXT-FOREIGN warning FAIL", // 全乡
                        "R-TXT-FOREIGN warning FAIL"))); // 和谐新郑
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void eachSeedIsValidatedWithTheExpectedFindings(String seed, List<String> expected) {
        ValidationResult result = SeedMutation.seed(seed).validate();

        assertThat(result.verdict()).isEqualTo(Verdict.VALIDATED);
        assertThat(result.errors()).isEmpty();
        assertThat(result.rulesVersion()).isEqualTo(RuleCatalog.VERSION);
        assertThat(result.findings())
                .extracting(f -> f.rule() + " " + f.severity().code() + " " + f.status())
                .containsExactlyElementsOf(expected);
        assertThat(result.findings()).allSatisfy(f -> {
            assertThat(f.message()).isNotBlank();
            assertThat(f.messageZh()).isNotBlank();
        });
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(strings = {"000", "001", "002", "003", "004"})
    void eachSeedIsValidatedWhenNeitherAgencyNorYearIsGiven(String seed) {
        ValidationResult result = SeedMutation.seed(seed).submittedAs(null, null).validate();

        assertThat(result.verdict()).isEqualTo(Verdict.VALIDATED);
        assertThat(result.errors()).isEmpty();
    }
}
