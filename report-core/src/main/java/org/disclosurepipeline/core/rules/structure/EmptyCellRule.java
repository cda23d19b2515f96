package org.disclosurepipeline.core.rules.structure;

import java.util.List;
import org.disclosurepipeline.core.parse.CellProblem;
import org.disclosurepipeline.core.rules.FindingStatus;
import org.disclosurepipeline.core.rules.Findings;
import org.disclosurepipeline.core.rules.Rule;
import org.disclosurepipeline.core.rules.RuleContext;
import org.disclosurepipeline.core.rules.RuleDescriptor;
import org.disclosurepipeline.core.rules.Severity;

/** R-FMT-EMPTY-CELL: a cell is blank, "/", "—" or "无" where the template expects a number. Kept empty, not 0. */
public final class EmptyCellRule implements Rule {

    private static final RuleDescriptor DESCRIPTOR = new RuleDescriptor("R-FMT-EMPTY-CELL", Severity.WARNING,
            "structure",
            "A cell is blank, '/', '—' or '无' where the template expects a number; it is kept empty, never read as 0.",
            "模板要求填写数字的单元格为空、“/”、“—”或“无”；按空值处理，不视为0。",
            "T2 regulations.issued reads '/'");

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public void check(RuleContext context, Findings findings) {
        for (CellProblem p : context.diagnostics().cellProblems()) {
            if (p.kind() == CellProblem.Kind.EMPTY) {
                String shown = p.raw().isEmpty() ? "blank" : "'" + p.raw() + "'";
                String shownZh = p.raw().isEmpty() ? "空白" : "“" + p.raw() + "”";
                findings.add(Severity.WARNING, FindingStatus.FAIL,
                        "Line " + p.line() + ": cell " + p.cellKey() + " is " + shown + "; it is kept empty, not 0",
                        "第" + p.line() + "行：单元格 " + p.cellKey() + " 为" + shownZh + "，按空值处理，不视为0",
                        CellLocations.of(p.cellKey()), null, null, List.of(p.cellKey()));
            }
        }
    }
}
