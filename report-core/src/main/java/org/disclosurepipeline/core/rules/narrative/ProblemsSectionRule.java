package org.disclosurepipeline.core.rules.narrative;

import java.util.List;
import org.disclosurepipeline.core.rules.Findings;
import org.disclosurepipeline.core.rules.Location;
import org.disclosurepipeline.core.rules.Rule;
import org.disclosurepipeline.core.rules.RuleContext;
import org.disclosurepipeline.core.rules.RuleDescriptor;
import org.disclosurepipeline.core.rules.RuleVocabulary;
import org.disclosurepipeline.core.rules.Severity;
import org.disclosurepipeline.core.template.SectionId;

/**
 * R-TXT-SEC5: section 五 (存在的主要问题及改进情况) is empty or "无", or names no problem, or no measure. Its heading
 * asks for both; evaluators deduct when either is missing.
 */
public final class ProblemsSectionRule implements Rule {

    private static final RuleDescriptor DESCRIPTOR = new RuleDescriptor("R-TXT-SEC5", Severity.WARNING, "narrative",
            "Section 五 (存在的主要问题及改进情况) is empty or '无', or names no problem, or names no improvement measure.",
            "第五部分“存在的主要问题及改进情况”为空或仅写“无”，或未写明存在的问题，或未写明改进措施。",
            "section 五 reads only '无'");

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public void check(RuleContext context, Findings findings) {
        String text = context.report().section(SectionId.PROBLEMS);
        String section = Prose.section(SectionId.PROBLEMS);
        String sectionZh = Prose.sectionZh(SectionId.PROBLEMS);
        Location location = Location.ofSection(SectionId.PROBLEMS.key());
        if (text == null) {
            findings.notAssessable(section + " was not found, so its content cannot be checked",
                    "未找到" + sectionZh + "，无法核对其内容", location, List.of());
            return;
        }
        if (RuleVocabulary.NOTHING.matcher(text).matches()) {
            String shown = text.isBlank() ? "nothing" : "only '" + text.strip() + "'";
            findings.fail(section + " says " + shown + ": name the main problems of this year's disclosure work and "
                            + "the measures taken or planned",
                    sectionZh + (text.isBlank() ? "为空" : "仅写“" + text.strip() + "”") + "：请写明本年度政府信息公开工作存在的"
                            + "主要问题及改进措施",
                    location);
            return;
        }
        boolean problem = RuleVocabulary.PROBLEM_WORDS.matcher(text).find();
        boolean measure = RuleVocabulary.MEASURE_WORDS.matcher(text).find();
        if (!problem || !measure) {
            String missing = !problem && !measure ? "neither a problem nor a measure" : !problem ? "no problem"
                    : "no improvement measure";
            String missingZh = !problem && !measure ? "既未写明存在的问题，也未写明改进措施" : !problem ? "未写明存在的问题"
                    : "未写明改进措施";
            findings.fail(section + " names " + missing + ": the section asks for the main problems and how they are "
                    + "being improved", sectionZh + missingZh + "：该部分应写明存在的主要问题及改进情况", location);
        }
    }
}
