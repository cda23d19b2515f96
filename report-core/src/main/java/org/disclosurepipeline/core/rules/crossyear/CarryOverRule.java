package org.disclosurepipeline.core.rules.crossyear;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.disclosurepipeline.core.model.Figures;
import org.disclosurepipeline.core.rules.Findings;
import org.disclosurepipeline.core.rules.Location;
import org.disclosurepipeline.core.rules.Rule;
import org.disclosurepipeline.core.rules.RuleContext;
import org.disclosurepipeline.core.rules.RuleDescriptor;
import org.disclosurepipeline.core.rules.Severity;
import org.disclosurepipeline.core.template.ColumnDef;
import org.disclosurepipeline.core.template.TemplateCatalog;

/**
 * R-XY-CARRY: what this year's T3 carries over (二、上年结转) is what last year's carried forward (四、结转下年度继续办理),
 * column by column. Checked only when the agency's previous report is known.
 */
public final class CarryOverRule implements Rule {

    private static final RuleDescriptor DESCRIPTOR = new RuleDescriptor("R-XY-CARRY", Severity.WARNING,
            "across-years",
            "Per column of T3: this year's carried-over applications (二、上年结转) equal last year's carried-forward "
                    + "ones (四、结转下年度继续办理).",
            "表三每列：本年“二、上年结转政府信息公开申请数量”等于上一年度报告“四、结转下年度继续办理”。",
            "总计: 0 carried over in 2024, but the 2023 report carried 2 forward: left 0, right 2");

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public void check(RuleContext context, Findings findings) {
        if (context.previousYear() == null) {
            return; // the agency's previous report is not known: nothing to compare with
        }
        Figures now = context.figures();
        Figures before = context.previousYear().figures();
        for (ColumnDef column : TemplateCatalog.APPLICANT_COLUMNS) {
            String nowKey = "applications.carriedOver." + column.key();
            String beforeKey = "applications.carriedForward." + column.key();
            String previousCell = PreviousYear.CELL_PREFIX + beforeKey;
            Location location = new Location("applications", "T3", "carriedOver", column.key());
            BigDecimal carriedOver = now.decimal(nowKey);
            BigDecimal carriedForward = before.decimal(beforeKey);
            if (carriedOver == null || carriedForward == null) {
                List<String> missing = new ArrayList<>();
                if (carriedOver == null) {
                    missing.add(nowKey);
                }
                if (carriedForward == null) {
                    missing.add(previousCell);
                }
                findings.notAssessable("T3 column " + column.label() + ": " + String.join(" and ", missing)
                                + " is empty or missing, so the carry-over from " + PreviousYear.en(context)
                                + " cannot be checked",
                        "表三“" + column.label() + "”列：" + String.join("、", missing) + "为空或缺失，无法核对与"
                                + PreviousYear.zh(context) + "的结转衔接", location, missing);
            } else if (carriedOver.compareTo(carriedForward) != 0) {
                findings.failSums("T3 column " + column.label() + ": 二、上年结转 reads " + carriedOver.toPlainString()
                                + ", but " + PreviousYear.en(context) + " carried " + carriedForward.toPlainString()
                                + " forward (四、结转下年度继续办理): the two should be equal",
                        "表三“" + column.label() + "”列：“二、上年结转”为" + carriedOver.toPlainString() + "，但"
                                + PreviousYear.zh(context) + "“四、结转下年度继续办理”为" + carriedForward.toPlainString()
                                + "，两者应相等",
                        location, carriedOver, carriedForward, List.of(nowKey, previousCell));
            }
        }
    }
}
