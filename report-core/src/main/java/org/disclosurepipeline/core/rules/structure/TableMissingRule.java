package org.disclosurepipeline.core.rules.structure;

import org.disclosurepipeline.core.parse.TableProblem;
import org.disclosurepipeline.core.rules.Findings;
import org.disclosurepipeline.core.rules.Location;
import org.disclosurepipeline.core.rules.Rule;
import org.disclosurepipeline.core.rules.RuleContext;
import org.disclosurepipeline.core.rules.RuleDescriptor;
import org.disclosurepipeline.core.rules.Severity;

/** R-FMT-TABLE-MISSING: T2, T3 or T4 cannot be found, or a row of it has the wrong number of cells. */
public final class TableMissingRule implements Rule {

    private static final RuleDescriptor DESCRIPTOR = new RuleDescriptor("R-FMT-TABLE-MISSING", Severity.ERROR,
            "structure",
            "T2, T3 or T4 cannot be found or has the wrong shape (a row missing, or the wrong number of cells).",
            "表二、表三或表四缺失，或其形状不对（缺行或单元格数目不对）。",
            "T3 row 二、上年结转 has 6 values for 7 columns");

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public void check(RuleContext context, Findings findings) {
        if (!Structure.looksLikeReport(context)) {
            return;
        }
        for (TableProblem p : context.diagnostics().tableProblems()) {
            String row = p.rowKey() == null ? null : p.rowKey().substring(p.rowKey().indexOf('.') + 1);
            findings.fail(p.table().shortName() + ": " + p.reason(),
                    Tables.nameZh(p.table().shortName()) + "：" + p.reasonZh(),
                    new Location(p.table().section().key(), p.table().shortName(), row, null));
        }
    }
}
