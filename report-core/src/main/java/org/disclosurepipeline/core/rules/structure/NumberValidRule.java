package org.disclosurepipeline.core.rules.structure;

import java.util.List;
import org.disclosurepipeline.core.parse.CellProblem;
import org.disclosurepipeline.core.rules.FindingStatus;
import org.disclosurepipeline.core.rules.Findings;
import org.disclosurepipeline.core.rules.Rule;
import org.disclosurepipeline.core.rules.RuleContext;
import org.disclosurepipeline.core.rules.RuleDescriptor;
import org.disclosurepipeline.core.rules.Severity;

/** R-NUM-VALID: a cell holds something that is not a non-negative integer (fees: a non-negative decimal). */
public final class NumberValidRule implements Rule {

    private static final RuleDescriptor DESCRIPTOR = new RuleDescriptor("R-NUM-VALID", Severity.ERROR, "numbers",
            "A cell is not a non-negative integer (fees: a non-negative decimal). The finding names the line, the row, "
                    + "the column and what the cell holds, and the number meant when a letter stands for a digit "
                    + "(l or I for 1, O for 0); the other cells of the row are read in their places.",
            "单元格不是非负整数（收费金额应为非负小数）。结果注明行号、所在行与列及单元格内容；如以形似数字的字母代替数字"
                    + "（l、I代替1，O代替0），提示应填写的数字；该行其他单元格照常读取。",
            "T3 newReceived.naturalPerson reads '-2'");

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public void check(RuleContext context, Findings findings) {
        for (CellProblem p : context.diagnostics().cellProblems()) {
            if (p.kind() == CellProblem.Kind.INVALID) {
                String hint = p.lookAlikeReading() == null ? "" : "; if " + p.lookAlikeReading()
                        + " was meant, type it in digits (a letter that looks like a digit is no number)";
                String hintZh = p.lookAlikeReading() == null ? "" : "；如应为" + p.lookAlikeReading()
                        + "，请以数字填写（形似数字的字母不是数字）";
                findings.add(Severity.ERROR, FindingStatus.FAIL,
                        "Line " + p.line() + ": " + CellLocations.describe(p.cellKey()) + " (" + p.cellKey()
                                + ") reads '" + p.raw() + "', not a valid number" + hint,
                        "第" + p.line() + "行：" + CellLocations.describeZh(p.cellKey()) + "（" + p.cellKey() + "）的内容“"
                                + p.raw() + "”不是有效数字" + hintZh,
                        CellLocations.of(p.cellKey()), null, null, List.of(p.cellKey()));
            }
        }
    }
}
