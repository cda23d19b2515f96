package org.disclosurepipeline.core.rules.arithmetic;

import java.util.List;
import org.disclosurepipeline.core.rules.Findings;
import org.disclosurepipeline.core.rules.Location;
import org.disclosurepipeline.core.rules.Rule;
import org.disclosurepipeline.core.rules.RuleContext;
import org.disclosurepipeline.core.rules.RuleDescriptor;
import org.disclosurepipeline.core.rules.Severity;
import org.disclosurepipeline.core.template.ColumnDef;
import org.disclosurepipeline.core.template.TableId;
import org.disclosurepipeline.core.template.TemplateCatalog;

/** R-T3-BALANCE: per column, newReceived + carriedOver = totalProcessed + carriedForward (printed above T3). */
public final class ApplicationsBalanceRule implements Rule {

    private static final RuleDescriptor DESCRIPTOR = new RuleDescriptor("R-T3-BALANCE", Severity.ERROR,
            "arithmetic",
            "Per column of T3: new applications + carried over = total processed + carried forward.",
            "表三每列：本年新收 + 上年结转 = 办理结果总计 + 结转下年度继续办理（表中印有此勾稽关系）。",
            "自然人: 5 new + 0 carried over, but 4 processed + 0 carried forward");

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public void check(RuleContext context, Findings findings) {
        if (!T3.present(context, findings, DESCRIPTOR)) {
            return;
        }
        for (ColumnDef column : TemplateCatalog.APPLICANT_COLUMNS) {
            String c = column.key();
            new Equation(new Location(TableId.APPLICATIONS.section().key(), "T3", null, c),
                    List.of(T3.cell("newReceived", c), T3.cell("carriedOver", c)),
                    List.of(T3.cell("totalProcessed", c), T3.cell("carriedForward", c)),
                    "T3 column " + column.label() + " (" + c + "): newReceived + carriedOver = totalProcessed + "
                            + "carriedForward",
                    "表三“" + column.label() + "”列：第一项加第二项之和应等于第三项加第四项之和")
                    .check(context.figures(), findings);
        }
    }
}
