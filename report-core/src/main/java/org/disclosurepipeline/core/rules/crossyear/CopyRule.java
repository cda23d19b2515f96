package org.disclosurepipeline.core.rules.crossyear;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.disclosurepipeline.core.model.DisclosureReport;
import org.disclosurepipeline.core.rules.Findings;
import org.disclosurepipeline.core.rules.Location;
import org.disclosurepipeline.core.rules.Rule;
import org.disclosurepipeline.core.rules.RuleContext;
import org.disclosurepipeline.core.rules.RuleDescriptor;
import org.disclosurepipeline.core.rules.Severity;
import org.disclosurepipeline.core.template.SectionId;
import org.disclosurepipeline.core.template.TemplateCatalog;

/**
 * R-XY-COPY: the narrative (sections 一, 五 and 六) repeats more of last year's report than the configured share
 * ({@code copyThreshold}, default 50%). Evaluators deduct for reports copied from year to year. left is the share
 * repeated, right the threshold. Checked only when the agency's previous report, with its text, is known.
 */
public final class CopyRule implements Rule {

    private static final List<SectionId> NARRATIVE = List.of(SectionId.OVERVIEW, SectionId.PROBLEMS,
            SectionId.OTHER_MATTERS);

    private static final RuleDescriptor DESCRIPTOR = new RuleDescriptor("R-XY-COPY", Severity.WARNING,
            "across-years",
            "The narrative (sections 一, 五 and 六) repeats more than the configured share (default 50%) of last "
                    + "year's report word for word.",
            "正文（第一、五、六部分）与上一年度报告逐字重复的比例超过设定值（默认50%）。",
            "87% of the 2024 narrative repeats the 2023 report (一 80%, 五 95%, 六 100%): left 0.87, right 0.5");

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public void check(RuleContext context, Findings findings) {
        DisclosureReport before = context.previousYear();
        if (before == null) {
            return; // the agency's previous report is not known: nothing to compare with
        }
        String earlier = narrative(before);
        String now = narrative(context.report());
        if (earlier.isBlank() || now.isBlank()) {
            return; // no text on one side (a previous report kept without its sections, or a report without prose)
        }
        double share = Repetition.share(now, earlier);
        double threshold = context.settings().copyThreshold();
        if (share <= threshold) {
            return;
        }
        List<String> perSection = new ArrayList<>();
        for (SectionId id : NARRATIVE) {
            String text = context.report().section(id);
            if (text != null && !text.isBlank()) {
                perSection.add(TemplateCatalog.SECTION_NUMERALS.charAt(id.ordinal()) + " "
                        + percent(Repetition.share(text, earlier)));
            }
        }
        String detail = String.join(", ", perSection);
        findings.failSums(percent(share) + " of this year's narrative repeats " + PreviousYear.en(context)
                        + " word for word (by section: " + detail + "; allowed: " + percent(threshold) + "): describe "
                        + "this year's work, problems and measures anew",
                "本年度正文有" + percent(share) + "与" + PreviousYear.zh(context) + "逐字重复（分部分：" + detail.replace(", ", "，")
                        + "；允许不超过" + percent(threshold) + "）：请按本年度实际重新撰写工作情况、问题和改进措施",
                Location.document(),
                BigDecimal.valueOf(share).setScale(2, RoundingMode.HALF_UP),
                BigDecimal.valueOf(threshold).setScale(2, RoundingMode.HALF_UP), List.of());
    }

    private static String narrative(DisclosureReport report) {
        StringBuilder text = new StringBuilder();
        for (SectionId id : NARRATIVE) {
            if (report.section(id) != null) {
                text.append(report.section(id)).append('\n');
            }
        }
        return text.toString();
    }

    private static String percent(double share) {
        return Math.round(share * 100) + "%";
    }
}
