package org.disclosurepipeline.core.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.disclosurepipeline.core.document.DocumentReader;
import org.disclosurepipeline.core.document.UnreadableDocumentException;
import org.disclosurepipeline.core.model.Figures;
import org.junit.jupiter.api.Test;

/**
 * A damaged cell stays in its place: a letter typed for a digit is an invalid value where it stands, and a blank
 * cell stays blank (null) without the row being lost, whatever layout the table comes in. Each case is a real seed
 * changed in the one place real documents were found damaged.
 */
class DamagedCellsTest {

    private static final String CARRIED_OVER = "二、上年结转政府信息公开申请数量\t\t0\t0\t0\t0\t0\t0\t0\t";
    private static final String REVIEW_ROW = "0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0";
    private final ReportParser parser = new ReportParser();

    @Test
    void aLetterTypedForADigitLeavesTheOtherCellsOfItsRowInPlace() {
        ParsedReport parsed = parser.parse(replace(Seeds.text("002"), CARRIED_OVER,
                "二、上年结转政府信息公开申请数量\t\t0\tl\t0\t0\t0\t0\t1\t"));

        Figures figures = parsed.report().figures();
        assertThat(figures.get("applications.carriedOver.naturalPerson")).isEqualTo(0L);
        assertThat(figures.has("applications.carriedOver.commercialEnterprise")).isTrue();
        assertThat(figures.get("applications.carriedOver.commercialEnterprise")).isNull();
        assertThat(figures.get("applications.carriedOver.researchInstitution")).isEqualTo(0L);
        assertThat(figures.get("applications.carriedOver.total")).isEqualTo(1L);
        assertThat(parsed.diagnostics().tableProblems()).isEmpty();
        assertThat(parsed.diagnostics().cellProblems()).singleElement().satisfies(p -> {
            assertThat(p.cellKey()).isEqualTo("applications.carriedOver.commercialEnterprise");
            assertThat(p.kind()).isEqualTo(CellProblem.Kind.INVALID);
            assertThat(p.raw()).isEqualTo("l");
            assertThat(p.lookAlikeReading()).isEqualTo("1");
            assertThat(p.line()).isEqualTo(50);
        });
    }

    @Test
    void aLetterForADigitInAWordTableOfOneCellPerLineStaysInPlace() {
        ParsedReport parsed = parser.parse(replace(Seeds.text("000"),
                "\t二、上年结转政府信息公开申请数量\n\t0\n\t0\n", "\t二、上年结转政府信息公开申请数量\n\t0\n\tO\n"));

        Figures figures = parsed.report().figures();
        assertThat(figures.get("applications.carriedOver.naturalPerson")).isEqualTo(0L);
        assertThat(figures.get("applications.carriedOver.commercialEnterprise")).isNull();
        assertThat(figures.get("applications.carriedOver.total")).isEqualTo(0L);
        assertThat(parsed.diagnostics().tableProblems()).isEmpty();
        assertThat(parsed.diagnostics().cellProblems()).singleElement().satisfies(p -> {
            assertThat(p.raw()).isEqualTo("O");
            assertThat(p.lookAlikeReading()).isEqualTo("0");
        });
    }

    @Test
    void aLetterForADigitInTheReviewAndLitigationRowStaysInPlace() {
        ParsedReport parsed = parser.parse(replace(Seeds.text("002"), REVIEW_ROW,
                "0\t0\t0\t0\t0\tl\t0\t0\t0\t0\t0\t0\t0\t0\t0"));

        Figures figures = parsed.report().figures();
        assertThat(figures.get("reviewLitigation.litigationDirect.upheld")).isNull();
        assertThat(figures.get("reviewLitigation.litigationDirect.corrected")).isEqualTo(0L);
        assertThat(figures.get("reviewLitigation.litigationAfterReview.total")).isEqualTo(0L);
        assertThat(parsed.diagnostics().tableProblems()).isEmpty();
        assertThat(parsed.diagnostics().cellProblems()).singleElement()
                .satisfies(p -> assertThat(p.cellKey()).isEqualTo("reviewLitigation.litigationDirect.upheld"));
    }

    @Test
    void anyShortTextOfLettersWhereANumberShouldBeIsInvalidInItsPlace() {
        ParsedReport parsed = parser.parse(replace(Seeds.text("002"), CARRIED_OVER,
                "二、上年结转政府信息公开申请数量\t\t0\tx\t0\t0\t0\t0\t0\t"));

        assertThat(parsed.report().figures().get("applications.carriedOver.total")).isEqualTo(0L);
        assertThat(parsed.diagnostics().cellProblems()).singleElement().satisfies(p -> {
            assertThat(p.raw()).isEqualTo("x");
            assertThat(p.lookAlikeReading()).isNull();
        });
    }

    /**
     * The real case: a 2019-template web page whose 政府集中采购 row has its count blank, in a table whose rows have a
     * fourth cell (the template's grid), was rejected with "has 1 values for 2 columns; blank cells cannot be
     * placed". The headings above it (信息内容 | 采购项目数量 | 采购总金额) place its cells.
     */
    @Test
    void aBlankProcurementCountInA2019WebPageStaysBlankInItsPlace() throws UnreadableDocumentException {
        String page = Seeds.webPage(withActiveDisclosure2019(Seeds.text("002"), "政府集中采购\t\t0\t"));
        ParsedReport parsed = parser.parse(DocumentReader.read(page.getBytes(StandardCharsets.UTF_8), null));

        Figures figures = parsed.report().figures();
        assertThat(figures.has("activeDisclosure2019.centralizedProcurement.items")).isTrue();
        assertThat(figures.get("activeDisclosure2019.centralizedProcurement.items")).isNull();
        assertThat(figures.decimal("activeDisclosure2019.centralizedProcurement.totalAmount")).isZero();
        assertThat(figures.get("activeDisclosure2019.fees.yearChange")).isEqualTo(0L);
        assertThat(parsed.diagnostics().tableProblems()).isEmpty();
        assertThat(parsed.diagnostics().cellProblems()).singleElement().satisfies(p -> {
            assertThat(p.cellKey()).isEqualTo("activeDisclosure2019.centralizedProcurement.items");
            assertThat(p.kind()).isEqualTo(CellProblem.Kind.EMPTY);
        });
    }

    @Test
    void blankCellsAtBothEndsOfAT3RowArePlacedUnderTheirHeadings() {
        ParsedReport firstBlank = parser.parse(replace(Seeds.text("002"), CARRIED_OVER,
                "二、上年结转政府信息公开申请数量\t\t\t0\t0\t0\t0\t0\t0\t"));
        assertThat(firstBlank.diagnostics().tableProblems()).isEmpty();
        assertThat(firstBlank.report().figures().get("applications.carriedOver.naturalPerson")).isNull();
        assertThat(firstBlank.report().figures().get("applications.carriedOver.total")).isEqualTo(0L);

        ParsedReport lastBlank = parser.parse(replace(Seeds.text("002"), CARRIED_OVER,
                "二、上年结转政府信息公开申请数量\t\t0\t0\t0\t0\t0\t0\t\t"));
        assertThat(lastBlank.diagnostics().tableProblems()).isEmpty();
        assertThat(lastBlank.report().figures().get("applications.carriedOver.naturalPerson")).isEqualTo(0L);
        assertThat(lastBlank.report().figures().has("applications.carriedOver.total")).isTrue();
        assertThat(lastBlank.report().figures().get("applications.carriedOver.total")).isNull();
    }

    @Test
    void withoutHeadingsToPlaceThemBlankCellsAtBothEndsAreStillReportedNotGuessed() {
        String text = replace(Seeds.text("002"), CARRIED_OVER, "二、上年结转政府信息公开申请数量\t\t\t0\t0\t0\t0\t0\t0\t");
        text = replace(text, "\t\t\t商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他\t\t\n", "");
        ParsedReport parsed = parser.parse(text);

        assertThat(parsed.report().figures().has("applications.carriedOver.total")).isFalse();
        assertThat(parsed.diagnostics().tableProblems()).singleElement()
                .satisfies(p -> assertThat(p.reason()).contains("6 values for 7 columns"));
    }

    @Test
    void aReviewAndLitigationRowWithBlanksAtBothEndsKeepsItsFifteenPlaces() {
        ParsedReport parsed = parser.parse(replace(Seeds.text("002"), REVIEW_ROW,
                "\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t"));

        Figures figures = parsed.report().figures();
        assertThat(figures.get("reviewLitigation.review.upheld")).isNull();
        assertThat(figures.get("reviewLitigation.review.corrected")).isEqualTo(0L);
        assertThat(figures.has("reviewLitigation.litigationAfterReview.total")).isTrue();
        assertThat(figures.get("reviewLitigation.litigationAfterReview.total")).isNull();
        assertThat(parsed.diagnostics().tableProblems()).isEmpty();
    }

    /** The seed with its T2 replaced by the 2019 template's, as it prints it: four cells a row, the last row given. */
    static String withActiveDisclosure2019(String seed, String procurementRow) {
        int start = seed.indexOf("第二十条第（一）项");
        int end = seed.indexOf("三、收到和处理政府信息公开申请情况");
        String table = String.join("\n",
                "第二十条第（一）项\t\t\t",
                "信息内容\t本年新制作数量\t本年新公开数量\t对外公开总数量",
                "规章\t0\t0\t0",
                "规范性文件\t0\t0\t0",
                "第二十条第（五）项\t\t\t",
                "信息内容\t上一年项目数量\t本年增/减\t处理决定数量",
                "行政许可\t0\t0\t0",
                "其他对外管理服务事项\t0\t0\t0",
                "第二十条第（六）项\t\t\t",
                "信息内容\t上一年项目数量\t本年增/减\t处理决定数量",
                "行政处罚\t0\t0\t0",
                "行政强制\t0\t0\t0",
                "第二十条第（八）项\t\t\t",
                "信息内容\t上一年项目数量\t本年增/减\t",
                "行政事业性收费\t0\t0\t",
                "第二十条第（九）项\t\t\t",
                "信息内容\t采购项目数量\t采购总金额\t",
                procurementRow, "", "");
        return seed.substring(0, start) + table + seed.substring(end);
    }

    private static String replace(String text, String target, String replacement) {
        assertThat(text).contains(target);
        return text.replace(target, replacement);
    }
}
