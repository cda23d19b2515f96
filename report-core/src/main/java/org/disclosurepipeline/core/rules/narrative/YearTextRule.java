package org.disclosurepipeline.core.rules.narrative;

import org.disclosurepipeline.core.model.Narrative;
import org.disclosurepipeline.core.rules.Findings;
import org.disclosurepipeline.core.rules.Location;
import org.disclosurepipeline.core.rules.Rule;
import org.disclosurepipeline.core.rules.RuleContext;
import org.disclosurepipeline.core.rules.RuleDescriptor;
import org.disclosurepipeline.core.rules.Severity;
import org.disclosurepipeline.core.template.SectionId;

/**
 * R-TXT-YEAR: the overview counts the applications of another year (2023年，…收到申请4件 in the report for 2024), most
 * often last year's sentence left in. Those counts are not compared with the tables (R-TXT-APPS); this says why.
 */
public final class YearTextRule implements Rule {

    private static final RuleDescriptor DESCRIPTOR = new RuleDescriptor("R-TXT-YEAR", Severity.WARNING, "narrative",
            "The overview counts applications (收到/受理/办结 N 件) in a sentence about another year than the report's "
                    + "and not about the report's own year; those counts are not compared with the tables.",
            "正文在所述年份并非报告年度的句子中统计申请数（收到/受理/办结N件），且该句未提及报告年度；此类数字不与表格核对。",
            "a report for 2024 whose overview says 2023年，我镇收到政府信息公开申请4件");

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public void check(RuleContext context, Findings findings) {
        Long other = context.report().narrative().count(Narrative.APPLICATIONS_OF_OTHER_YEAR);
        Integer year = context.report().year();
        if (other == null || year == null || other.intValue() == year) {
            return;
        }
        findings.fail(Prose.section(SectionId.OVERVIEW) + " counts the applications of " + other + ", not of " + year
                        + ", the year of the report: last year's sentence left in? Its counts were not compared with T3",
                Prose.sectionZh(SectionId.OVERVIEW) + "统计的是" + other + "年的申请数，而非报告年度" + year
                        + "年的：是否沿用了上年的表述？这些数字未与表三核对",
                Location.ofSection(SectionId.OVERVIEW.key()));
    }
}
