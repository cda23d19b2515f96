package org.disclosurepipeline.core.rules.structure;

import org.disclosurepipeline.core.rules.Findings;
import org.disclosurepipeline.core.rules.Location;
import org.disclosurepipeline.core.rules.Rule;
import org.disclosurepipeline.core.rules.RuleContext;
import org.disclosurepipeline.core.rules.RuleDescriptor;
import org.disclosurepipeline.core.rules.Severity;

/** R-FMT-NOT-A-REPORT: the document has none of the report's sections and none of its tables. */
public final class NotAReportRule implements Rule {

    public static final String CODE = "R-FMT-NOT-A-REPORT";

    private static final RuleDescriptor DESCRIPTOR = new RuleDescriptor(CODE, Severity.ERROR,
            "structure",
            "The document is not an annual report on government information disclosure: no section and no table "
                    + "of the template was found. The checks that cannot be made on it are not listed after it.",
            "该文件不是政府信息公开工作年度报告：未找到模板规定的任何部分或表格。无法进行的其他检查不再逐项列出。",
            "a meeting notice uploaded by mistake");

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public void check(RuleContext context, Findings findings) {
        if (!Structure.looksLikeReport(context)) {
            findings.fail("No section heading (一、总体情况 … 六、其他需要报告的事项) and no statistical table was found: "
                            + "this does not look like an annual disclosure report",
                    "未找到任何部分标题（一、总体情况……六、其他需要报告的事项）和统计表格，该文件不像政府信息公开工作年度报告",
                    Location.document());
        }
    }
}
