package org.disclosurepipeline.core.rules.narrative;

import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Matcher;
import org.disclosurepipeline.core.rules.Findings;
import org.disclosurepipeline.core.rules.Location;
import org.disclosurepipeline.core.rules.Rule;
import org.disclosurepipeline.core.rules.RuleContext;
import org.disclosurepipeline.core.rules.RuleDescriptor;
import org.disclosurepipeline.core.rules.RuleVocabulary;
import org.disclosurepipeline.core.rules.Severity;
import org.disclosurepipeline.core.template.SectionId;

/**
 * R-TXT-SEC6-FEE: section 六 is where the report states whether 信息处理费 was charged (国办函〔2020〕109号). It
 * warns when 六 says nothing about fees, or says none was charged while another section states an amount charged.
 */
public final class FeeStatementRule implements Rule {

    private static final List<SectionId> ELSEWHERE = List.of(SectionId.OVERVIEW, SectionId.APPLICATIONS,
            SectionId.PROBLEMS);

    private static final RuleDescriptor DESCRIPTOR = new RuleDescriptor("R-TXT-SEC6-FEE", Severity.WARNING,
            "narrative",
            "Section 六 (其他需要报告的事项) does not say whether 信息处理费 was charged, or says none was while "
                    + "another section states an amount charged.",
            "第六部分“其他需要报告的事项”未说明是否收取信息处理费，或称未收取而其他部分写明收取了费用。",
            "section 六 reads '暂无需要报告的事项。' and says nothing of 信息处理费");

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public void check(RuleContext context, Findings findings) {
        String text = context.report().section(SectionId.OTHER_MATTERS);
        String section = Prose.section(SectionId.OTHER_MATTERS);
        String sectionZh = Prose.sectionZh(SectionId.OTHER_MATTERS);
        Location location = Location.ofSection(SectionId.OTHER_MATTERS.key());
        if (text == null) {
            findings.notAssessable(section + " was not found, so it cannot be checked that it states whether "
                    + "信息处理费 was charged", "未找到" + sectionZh + "，无法核对是否说明了信息处理费收取情况", location, List.of());
            return;
        }
        if (!RuleVocabulary.FEE_MENTION.matcher(text).find()) {
            findings.fail(section + " does not say whether 信息处理费 was charged: add a sentence such as "
                            + "'本年度未收取信息处理费' or state the amount charged",
                    sectionZh + "未说明是否收取信息处理费：请补充如“本年度未收取信息处理费”，或写明收取的金额", location);
            return;
        }
        if (!RuleVocabulary.NO_FEE.matcher(text).find()) {
            return;
        }
        for (SectionId other : ELSEWHERE) {
            String otherText = context.report().section(other);
            Matcher charged = otherText == null ? null : RuleVocabulary.FEE_CHARGED.matcher(otherText);
            while (charged != null && charged.find()) {
                if (new BigDecimal(charged.group(2)).signum() > 0) {
                    String excerpt = Prose.clause(otherText, charged.start(), charged.end());
                    findings.fail(section + " says no 信息处理费 was charged, but " + Prose.section(other) + " says '"
                                    + excerpt + "': correct one of them",
                            sectionZh + "称未收取信息处理费，但" + Prose.sectionZh(other) + "写有“" + excerpt + "”：请更正其一",
                            location);
                    return;
                }
            }
        }
    }
}
