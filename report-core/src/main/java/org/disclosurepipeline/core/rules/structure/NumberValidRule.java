package org.disclosurepipeline.core.rules.structure;

import java.util.List;
import org.disclosurepipeline.core.parse.CellProblem;
import org.disclosurepipeline.core.rules.Findings;
import org.disclosurepipeline.core.rules.Rule;
import org.disclosurepipeline.core.rules.RuleContext;
import org.disclosurepipeline.core.rules.RuleDescriptor;
import org.disclosurepipeline.core.rules.Severity;

/** R-NUM-VALID: a cell holds something that is not a non-negative integer (fees: a non-negative decimal). */
public final class NumberValidRule implements Rule {

    private static final RuleDescriptor DESCRIPTOR = new RuleDescriptor("R-NUM-VALID", Severity.ERROR, "numbers",
            "A cell is not a non-negative integer (fees: a non-negative decimal).",
            "单元格不是非负整数（收费金额应为非负小数）。",
            "T3 newReceived.naturalPerson reads '-2'");

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public void check(RuleContext context, Findings findings) {
        for (CellProblem p : context.diagnostics().cellProblems()) {
            if (p.kind() == CellProblem.Kind.INVALID) {
                findings.add(Severity.ERROR, org.disclosurepipeline.core.rules.FindingStatus.FAIL,
                        "Line " + p.line() + ": cell " + p.cellKey() + " reads '" + p.raw() + "', not a valid number",
                        "第" + p.line() + "行：单元格 " + p.cellKey() + " 的内容“" + p.raw() + "”不是有效数字",
                        CellLocations.of(p.cellKey()), null, null, List.of(p.cellKey()));
            }
        }
    }
}
