package org.disclosurepipeline.core.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.disclosurepipeline.core.template.TableId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Empty is not zero: marks of an empty cell are kept as null and reported; unreadable tables say why. */
class EmptyCellsTest {

    private static final String CARRIED_OVER = "二、上年结转政府信息公开申请数量\t\t0\t0\t0\t0\t0\t0\t0\t";
    private final ReportParser parser = new ReportParser();

    @ParameterizedTest
    @ValueSource(strings = {"/", "—", "-", "无", "／"})
    void anEmptyMarkIsKeptEmptyAndReported(String mark) throws IOException {
        String text = Seeds.text("002").replace(CARRIED_OVER,
                "二、上年结转政府信息公开申请数量\t\t0\t" + mark + "\t0\t0\t0\t0\t0\t");
        ParsedReport parsed = parser.parse(text);
        String key = "applications.carriedOver.commercialEnterprise";
        assertThat(parsed.report().figures().has(key)).isTrue();
        assertThat(parsed.report().figures().get(key)).isNull();
        assertThat(parsed.diagnostics().cellProblems())
                .anySatisfy(p -> {
                    assertThat(p.cellKey()).isEqualTo(key);
                    assertThat(p.kind()).isEqualTo(CellProblem.Kind.EMPTY);
                    assertThat(p.line()).isEqualTo(50);
                });
    }

    @Test
    void aBlankCellInsideARowIsEmptyNotZero() throws IOException {
        String text = Seeds.text("002").replace(CARRIED_OVER,
                "二、上年结转政府信息公开申请数量\t\t0\t0\t\t0\t0\t0\t0\t");
        ParsedReport parsed = parser.parse(text);
        assertThat(parsed.report().figures().has("applications.carriedOver.researchInstitution")).isTrue();
        assertThat(parsed.report().figures().get("applications.carriedOver.researchInstitution")).isNull();
        assertThat(parsed.report().figures().get("applications.carriedOver.socialWelfareOrg")).isEqualTo(0L);
    }

    @Test
    void aWordWhereANumberShouldBeIsInvalidNotZero() throws IOException {
        String text = Seeds.text("002").replace(CARRIED_OVER,
                "二、上年结转政府信息公开申请数量\t\t0\t0\t3件\t0\t0\t0\t0\t");
        ParsedReport parsed = parser.parse(text);
        assertThat(parsed.report().figures().get("applications.carriedOver.researchInstitution")).isNull();
        assertThat(parsed.diagnostics().cellProblems()).anySatisfy(p -> {
            assertThat(p.kind()).isEqualTo(CellProblem.Kind.INVALID);
            assertThat(p.raw()).isEqualTo("3件");
        });
    }

    @Test
    void aRowWithTooFewValuesIsReportedWithItsPlaceNotFilledIn() throws IOException {
        String text = Seeds.text("002").replace(CARRIED_OVER, "二、上年结转政府信息公开申请数量\t0\t0\t0");
        ParsedReport parsed = parser.parse(text);
        assertThat(parsed.report().figures().has("applications.carriedOver.total")).isFalse();
        assertThat(parsed.diagnostics().tableProblems()).anySatisfy(p -> {
            assertThat(p.table()).isEqualTo(TableId.APPLICATIONS);
            assertThat(p.rowKey()).isEqualTo("applications.carriedOver");
            assertThat(p.reason()).contains("line 50").contains("3 values for 7 columns");
        });
    }

    @Test
    void aMissingTableSaysWhichAndWhy() throws IOException {
        String text = Seeds.text("002").replaceAll("四、政府信息公开行政复议、行政诉讼情况[\\s\\S]*?五、", "五、");
        ParsedReport parsed = parser.parse(text);
        assertThat(parsed.diagnostics().tablesFound()).doesNotContain(TableId.REVIEW_LITIGATION);
        assertThat(parsed.report().figures().keys()).noneMatch(k -> k.startsWith("reviewLitigation"));
        assertThat(parsed.diagnostics().tableProblems()).anySatisfy(p -> {
            assertThat(p.table()).isEqualTo(TableId.REVIEW_LITIGATION);
            assertThat(p.reason()).contains("section 四");
        });
    }
}
