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

/** R-T3-OUTCOME-SUM: per column, （七）总计 = the sum of the outcome rows （一） to （六） the report has. */
public final class OutcomeColumnsRule implements Rule {

    private static final RuleDescriptor DESCRIPTOR = new RuleDescriptor("R-T3-OUTCOME-SUM", Severity.ERROR,
            "arithmetic",
            "Per column of T3: total processed = granted + partially granted + every denied, unable to provide, "
                    + "not processed and other handling row.",
            "表三每列：（七）总计 = （一）至（六）各项之和。",
            "总计 column: 3 processed, but the outcome rows add up to 2");

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public void check(RuleContext context, Findings findings) {
        if (!T3.present(context, findings, DESCRIPTOR)) {
            return;
        }
        List<RowDef> outcomes = T3.outcomeRows(context.figures());
        for (ColumnDef column : TemplateCatalog.APPLICANT_COLUMNS) {
            String c = column.key();
            List<String> parts = outcomes.stream().map(r -> r.cellKey(column)).toList();
            new Equation(new Location(TableId.APPLICATIONS.section().key(), "T3", "totalProcessed", c),
                    List.of(T3.cell("totalProcessed", c)), parts,
                    "T3 column " + column.label() + " (" + c + "): totalProcessed = sum of outcome rows",
                    "表三“" + column.label() + "”列：（七）总计应等于（一）至（六）各项之和")
                    .check(context.figures(), findings);
        }
    }
}
