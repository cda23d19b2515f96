package org.disclosurepipeline.core.rules.structure;

import org.disclosurepipeline.core.rules.Findings;
import org.disclosurepipeline.core.rules.Location;
import org.disclosurepipeline.core.rules.Rule;
import org.disclosurepipeline.core.rules.RuleContext;
import org.disclosurepipeline.core.rules.RuleDescriptor;
import org.disclosurepipeline.core.rules.Severity;
import org.disclosurepipeline.core.template.TemplateVersion;

/** R-FMT-TEMPLATE-VERSION: a report for 2021 or later that follows the 2019 template or a local variant. */
public final class TemplateVersionRule implements Rule {

    private static final int FIRST_YEAR_OF_2021_TEMPLATE = 2021;

    private static final RuleDescriptor DESCRIPTOR = new RuleDescriptor("R-FMT-TEMPLATE-VERSION", Severity.WARNING,
            "structure",
            "A report for 2021 or later uses the 2019 template or a local variant instead of the 2021 template "
                    + "(国办公开办函〔2021〕30号).",
            "2021年及以后的年度报告未使用2021年版模板（国办公开办函〔2021〕30号），而使用了2019年版或地方变体。",
            "T3 has two rows under （六）其他处理 instead of three");

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public void check(RuleContext context, Findings findings) {
        TemplateVersion version = context.report().templateVersion();
        Integer year = context.report().year() != null ? context.report().year() : context.submission().year();
        if (version == null || version == TemplateVersion.V2021 || year == null
                || year < FIRST_YEAR_OF_2021_TEMPLATE) {
            return;
        }
        String what = version == TemplateVersion.V2019 ? "the 2019 template" : "a local variant of the template";
        String whatZh = version == TemplateVersion.V2019 ? "2019年版模板" : "地方变体模板";
        String detail = switch (context.diagnostics().otherHandlingLayout() == null ? "none"
                : context.diagnostics().otherHandlingLayout().name()) {
            case "TWO_ROWS" -> " (T3 has two rows under （六）其他处理, the 2021 template three)";
            case "SINGLE" -> " (T3 has a single （六）其他处理 row)";
            default -> "";
        };
        findings.fail("The report for " + year + " uses " + what + detail + "; reports for 2021 on use the 2021 "
                        + "template",
                year + "年度报告使用了" + whatZh + "，2021年起应使用2021年版模板",
                new Location(null, null, null, null));
    }
}
