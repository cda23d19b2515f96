package org.disclosurepipeline.core.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.disclosurepipeline.core.ReportChecker;
import org.disclosurepipeline.core.rules.Finding;
import org.disclosurepipeline.core.rules.Location;
import org.disclosurepipeline.core.rules.Severity;
import org.disclosurepipeline.core.rules.Submission;
import org.junit.jupiter.api.Test;

/**
 * A person's correction of a misread cell: addressed as findings address cells, typed as the template's kind, applied
 * to the parsed report before the rules, with one R-CELL-CORRECTED finding per cell saying who and why.
 */
class CellCorrectionsTest {

    private static final String CARRIED_OVER = "二、上年结转政府信息公开申请数量\t\t0\t0\t0\t0\t0\t0\t0\t";
    private static final String MISREAD = "二、上年结转政府信息公开申请数量\t\t0\tl\t0\t0\t0\t0\t1\t";
    private static final String CELL = "applications.carriedOver.commercialEnterprise";
    private static final Submission SUBMISSION = new Submission("410425108", null, 2024, null);

    @Test
    void aCellIsAddressedByTheLocationOfAFindingOrByItsKey() {
        assertThat(CellCorrections.cellKey("T3", "carriedOver", "commercialEnterprise")).isEqualTo(CELL);
        assertThat(CellCorrections.cellKey("applications", "carriedOver", "commercialEnterprise")).isEqualTo(CELL);
        assertThat(CellCorrections.cellKey("t2", "licensingDecisions", null))
                .isEqualTo("activeDisclosure.licensingDecisions");
        assertThat(CellCorrections.cellKey("T2", "regulations", "issued")).isEqualTo("activeDisclosure.regulations.issued");
        assertThat(CellCorrections.requireCell(CELL)).isEqualTo(CELL);
    }

    @Test
    void anUnknownTableRowOrColumnIsNamedInBothLanguages() {
        assertThatThrownBy(() -> CellCorrections.cellKey("T9", "carriedOver", "total"))
                .isInstanceOfSatisfying(InvalidCorrection.class, e -> {
                    assertThat(e.part()).isEqualTo("table");
                    assertThat(e.reasonZh()).contains("T9");
                });
        assertThatThrownBy(() -> CellCorrections.cellKey("T3", "carriedOverr", "total"))
                .isInstanceOfSatisfying(InvalidCorrection.class, e -> assertThat(e.part()).isEqualTo("row"));
        assertThatThrownBy(() -> CellCorrections.cellKey("T3", "carriedOver", "nobody"))
                .isInstanceOfSatisfying(InvalidCorrection.class, e -> {
                    assertThat(e.part()).isEqualTo("column");
                    assertThat(e.reason()).contains("nobody");
                });
        assertThatThrownBy(() -> CellCorrections.requireCell("applications.carriedOver"))
                .isInstanceOfSatisfying(InvalidCorrection.class, e -> assertThat(e.part()).isEqualTo("cell"));
    }

    @Test
    void theValueMustBeANumberOfTheCellsKind() {
        assertThat(CellCorrections.value(CELL, " 12 ")).isEqualTo(12L);
        assertThat(CellCorrections.value("activeDisclosure.feesTenThousandYuan", "0.35"))
                .isEqualTo(new BigDecimal("0.35"));
        for (String bad : new String[] {"l2", "-1", "1.5", "", "１２"}) {
            assertThatThrownBy(() -> CellCorrections.value(CELL, bad))
                    .isInstanceOfSatisfying(InvalidCorrection.class, e -> {
                        assertThat(e.part()).isEqualTo("value");
                        assertThat(e.reason()).contains("'" + bad + "'").contains("non-negative integer");
                        assertThat(e.reasonZh()).contains("非负整数");
                    });
        }
    }

    @Test
    void theCorrectedCellReplacesTheMisreadingBeforeTheRules() {
        String text = Seeds.text("002").replace(CARRIED_OVER, MISREAD);
        ReportChecker checker = ReportChecker.standard();
        ReportChecker.CheckResult asUploaded = checker.check(text, SUBMISSION);
        assertThat(asUploaded.validation().errors()).extracting(Finding::rule).contains("R-NUM-VALID");
        assertThat(asUploaded.correction()).isNull();

        ReportChecker.CheckResult corrected = checker.check(text, SUBMISSION, null,
                new Correction("reviewer-410425", "原件为1，解析误读", List.of(new CellCorrection(CELL, "1", null))));

        assertThat(corrected.report().figures().get(CELL)).isEqualTo(1L);
        assertThat(corrected.report().figures().get("applications.carriedOver.total")).isEqualTo(1L);
        assertThat(corrected.validation().findings()).extracting(Finding::rule).doesNotContain("R-NUM-VALID");
        // exactly what the document typed right would give, and the R-CELL-CORRECTED finding
        ReportChecker.CheckResult typedRight = checker.check(text.replace(MISREAD, MISREAD.replace("\tl\t", "\t1\t")),
                SUBMISSION);
        assertThat(corrected.report().figures()).isEqualTo(typedRight.report().figures());
        assertThat(corrected.validation().findings()).filteredOn(f -> !f.rule().equals("R-CELL-CORRECTED"))
                .isEqualTo(typedRight.validation().findings());
        assertThat(corrected.validation().verdict()).isEqualTo(typedRight.validation().verdict());
        assertThat(corrected.correction().cells()).containsExactly(new CellCorrection(CELL, "1", "l"));
        assertThat(corrected.validation().findings()).filteredOn(f -> f.rule().equals("R-CELL-CORRECTED"))
                .singleElement().satisfies(f -> {
                    assertThat(f.severity()).isEqualTo(Severity.INFO);
                    assertThat(f.cells()).containsExactly(CELL);
                    assertThat(f.location()).isEqualTo(new Location("applications", "T3", "carriedOver",
                            "commercialEnterprise"));
                    // what a finding points at is what a correction addresses
                    assertThat(CellCorrections.cellKey(f.location().table(), f.location().row(),
                            f.location().column())).isEqualTo(CELL);
                    assertThat(f.message()).contains("'l'").contains("to 1").contains("reviewer-410425");
                    assertThat(f.messageZh()).contains("原件为1，解析误读").contains("更正为1");
                });
    }

    @Test
    void aCellTheReportDoesNotHaveOrAValueThatIsNoNumberIsRefusedNotThrown() {
        ParsedReport parsed = new ReportParser().parse(Seeds.text("002"));
        CellCorrections.Corrected c = CellCorrections.apply(parsed, new Correction("x", "why", List.of(
                new CellCorrection("activeDisclosure2019.regulations.newlyMade", "3", null),
                new CellCorrection(CELL, "l2", null),
                new CellCorrection("no.such.cell", "1", null),
                new CellCorrection("applications.carriedOver.naturalPerson", "4", null),
                new CellCorrection("applications.carriedOver.naturalPerson", "5", null))));

        assertThat(c.correction().refused()).extracting(CellCorrection::cell).containsExactly(
                "activeDisclosure2019.regulations.newlyMade", CELL, "no.such.cell");
        assertThat(c.correction().cells()).containsExactly(
                new CellCorrection("applications.carriedOver.naturalPerson", "5", "0"));
        assertThat(c.parsed().report().figures().get("applications.carriedOver.naturalPerson")).isEqualTo(5L);
        assertThat(c.parsed().report().figures().has("activeDisclosure2019.regulations.newlyMade")).isFalse();
        assertThat(CellCorrections.apply(parsed, null).parsed()).isSameAs(parsed);
    }
}
