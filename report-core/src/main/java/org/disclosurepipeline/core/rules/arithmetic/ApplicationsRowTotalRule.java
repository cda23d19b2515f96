package org.disclosurepipeline.core.rules.arithmetic;

import java.util.List;
import org.disclosurepipeline.core.rules.Findings;
import org.disclosurepipeline.core.rules.Location;
import org.disclosurepipeline.core.rules.Rule;
import org.disclosurepipeline.core.rules.RuleContext;
import org.disclosurepipeline.core.rules.RuleDescriptor;
import org.disclosurepipeline.core.rules.Severity;
import org.disclosurepipeline.core.template.ColumnDef;
import org.disclosurepipeline.core.template.RowDef;
import org.disclosurepipeline.core.template.TableId;
import org.disclosurepipeline.core.template.TemplateCatalog;

/** R-T3-ROW-TOTAL: per row of T3, 总计 = 自然人 + the five organisation columns. */
public final class ApplicationsRowTotalRule implements Rule {

    private static final RuleDescriptor DESCRIPTOR = new RuleDescriptor("R-T3-ROW-TOTAL", Severity.ERROR,
            "arithmetic",
            "Per row of T3: total = natural persons + the five kinds of organisation.",
            "表三每行：总计 = 自然人 + 法人或其他组织五列之和。",
            "予以公开: total 4, but 3 + 0 + 0 + 0 + 0 + 0 = 3");

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public void check(RuleContext context, Findings findings) {
        if (!T3.present(context, findings, DESCRIPTOR)) {
            return;
        }
        List<ColumnDef> parts = TemplateCatalog.APPLICANT_COLUMNS.subList(0, 6);
        ColumnDef total = TemplateCatalog.APPLICANT_COLUMNS.get(6);
        for (RowDef row : TemplateCatalog.allRows()) {
            if (row.table() != TableId.APPLICATIONS || !context.figures().has(row.cellKey(total))) {
                continue;
            }
            new Equation(new Location(TableId.APPLICATIONS.section().key(), "T3", row.key(), total.key()),
                    List.of(row.cellKey(total)), parts.stream().map(row::cellKey).toList(),
                    "T3 row " + row.label() + " (" + row.key() + "): total = sum of the six applicant columns",
                    "表三“" + row.label() + "”一行：总计应等于各类申请人之和")
                    .check(context.figures(), findings);
        }
    }
}
