package org.disclosurepipeline.core.rules.structure;

import java.util.List;
import org.disclosurepipeline.core.parse.CellCorrection;
import org.disclosurepipeline.core.parse.Correction;
import org.disclosurepipeline.core.rules.FindingStatus;
import org.disclosurepipeline.core.rules.Findings;
import org.disclosurepipeline.core.rules.Rule;
import org.disclosurepipeline.core.rules.RuleContext;
import org.disclosurepipeline.core.rules.RuleDescriptor;
import org.disclosurepipeline.core.rules.Severity;

/**
 * R-CELL-CORRECTED: a cell of this version was corrected by a person (the parser misread the document): one finding per
 * cell, pointing at it, saying what was read, what it is now, who corrected it and why — so that nobody mistakes a
 * corrected figure for one the document states. A cell that could not be
 * corrected says so (its own finding, such as R-NUM-VALID, stays).
 */
public final class CorrectedCellRule implements Rule {

    public static final String CODE = "R-CELL-CORRECTED";

    private static final RuleDescriptor DESCRIPTOR = new RuleDescriptor(CODE, Severity.INFO, "numbers",
            "A cell of this version was corrected by a reviewer or the submitting office because the parser misread "
                    + "the document; the finding names the cell, what was read, the value entered, who and why. The "
                    + "original document is unchanged.",
            "该单元格因解析误读已由审核单位或报送单位人工更正；结果注明单元格、原读取内容、更正后的数值、更正人及原因。原始文件不作改动。",
            "T3 newReceived.naturalPerson corrected from 'l2' to 12 by reviewer-610722: 原件为12");

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public void check(RuleContext context, Findings findings) {
        Correction correction = context.correction();
        if (correction == null) {
            return;
        }
        String who = correction.correctedBy() == null ? "unknown" : correction.correctedBy();
        String why = correction.reason() == null ? "" : correction.reason();
        for (CellCorrection c : correction.cells()) {
            String was = c.previous() == null ? "an empty cell" : "'" + c.previous() + "'";
            String wasZh = c.previous() == null ? "空白" : "“" + c.previous() + "”";
            findings.add(Severity.INFO, FindingStatus.FAIL,
                    CellLocations.describe(c.cell()) + " (" + c.cell() + ") corrected from " + was + " to " + c.value()
                            + " by " + who + ": " + why,
                    CellLocations.describeZh(c.cell()) + "（" + c.cell() + "）已由" + who + "从" + wasZh + "更正为"
                            + c.value() + "，原因：" + why,
                    CellLocations.of(c.cell()), null, null, List.of(c.cell()));
        }
        for (CellCorrection c : correction.refused()) {
            findings.add(Severity.INFO, FindingStatus.FAIL,
                    "The correction of " + c.cell() + " to '" + c.value() + "' by " + who
                            + " was not applied: the report has no such cell or the value is not a number of it",
                    "单元格" + c.cell() + "更正为“" + c.value() + "”（更正人：" + who + "）未能应用：报告中没有该单元格或数值无效",
                    CellLocations.of(c.cell()), null, null, List.of(c.cell()));
        }
    }
}
