package org.disclosurepipeline.core.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.disclosurepipeline.core.ReportChecker;
import org.disclosurepipeline.core.synthetic.ReportGenerator;
import org.disclosurepipeline.core.synthetic.ReportTextRenderer;
import org.disclosurepipeline.core.synthetic.SyntheticReport;
import org.disclosurepipeline.core.synthetic.TextLayout;
import org.junit.jupiter.api.Test;

/** The rules on reports from the synthetic generator: consistent ones pass, a changed cell is caught. */
class GeneratedReportsTest {

    private static final int CASES = 300;
    private final ReportChecker checker = ReportChecker.standard();

    @Test
    void consistentReportsRaiseNoArithmeticFinding() {
        ReportGenerator generator = new ReportGenerator(77);
        ReportTextRenderer renderer = new ReportTextRenderer(TextLayout.TAB_ROWS, 77);
        for (int i = 0; i < CASES; i++) {
            SyntheticReport report = generator.next();
            List<Finding> findings = checker.check(renderer.render(report), Submission.unknown()).validation()
                    .findings();
            assertThat(findings).as("case %d", i)
                    .noneMatch(f -> f.rule().startsWith("R-T3") || f.rule().startsWith("R-T4"));
        }
    }

    @Test
    void aChangedTotalIsCaughtWithBothSides() {
        ReportGenerator generator = new ReportGenerator(78);
        int caught = 0;
        for (int i = 0; i < CASES; i++) {
            SyntheticReport report = generator.next();
            long total = report.get("applications.granted.total").longValue();
            String text = new ReportTextRenderer(TextLayout.CELL_PER_LINE, i).render(report);
            // the granted row is printed as its label then seven cells, one per line: change its total
            String row = "（一）予以公开\n";
            int at = text.indexOf(row);
            int totalLine = at;
            for (int line = 0; line < 7; line++) {
                totalLine = text.indexOf('\n', totalLine) + 1;
            }
            int end = text.indexOf('\n', totalLine);
            String changed = text.substring(0, totalLine) + "\t" + (total + 3) + text.substring(end);
            ValidationResult result = checker.check(changed, Submission.unknown()).validation();
            assertThat(result.verdict()).as("case %d", i).isEqualTo(Verdict.REJECTED);
            Finding finding = result.findings().stream().filter(f -> f.rule().equals("R-T3-ROW-TOTAL")).findFirst()
                    .orElseThrow();
            // left: the printed total; right: the sum of the six applicant columns
            assertThat(finding.left().longValue()).isEqualTo(total + 3);
            assertThat(finding.right().longValue()).isEqualTo(total);
            caught++;
        }
        assertThat(caught).isEqualTo(CASES);
    }
}
