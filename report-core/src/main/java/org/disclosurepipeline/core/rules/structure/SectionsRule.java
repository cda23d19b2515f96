package org.disclosurepipeline.core.rules.structure;

import java.util.EnumSet;
import java.util.Set;
import org.disclosurepipeline.core.parse.SectionHeading;
import org.disclosurepipeline.core.rules.Findings;
import org.disclosurepipeline.core.rules.Location;
import org.disclosurepipeline.core.rules.Rule;
import org.disclosurepipeline.core.rules.RuleContext;
import org.disclosurepipeline.core.rules.RuleDescriptor;
import org.disclosurepipeline.core.rules.Severity;
import org.disclosurepipeline.core.template.SectionId;
import org.disclosurepipeline.core.template.TemplateCatalog;

/**
 * R-FMT-SECTIONS: all six sections, in order. A missing section that holds a table is an error; another missing
 * section, or a heading worded or numbered differently from the template, is a warning. A heading numbered as the
 * template numbers it and worded as one of the section's other known titles (五、政府信息公开工作存在的主要问题及改进情况,
 * the wording of the reports before the 2019 template) is an info: nothing to correct.
 */
public final class SectionsRule implements Rule {

    private static final Set<SectionId> TABLE_SECTIONS = EnumSet.of(SectionId.ACTIVE_DISCLOSURE,
            SectionId.APPLICATIONS, SectionId.REVIEW_LITIGATION);

    private static final RuleDescriptor DESCRIPTOR = new RuleDescriptor("R-FMT-SECTIONS", Severity.ERROR,
            "structure",
            "All six sections are present and in order; a missing table section is an error, another missing "
                    + "section or a heading variant a warning, a heading worded as a known title of its section "
                    + "(listed in the template catalogue) an info.",
            "六个部分齐全且顺序正确；缺少含表格的部分为错误，缺少其他部分或标题写法不规范为警告，标题采用该部分的其他常见规范写法"
                    + "（模板目录所列）为提示。",
            "section 四 headed '4、 政府信息公开行政复议、行政诉讼情况' instead of '四、…'");

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public void check(RuleContext context, Findings findings) {
        if (!Structure.looksLikeReport(context)) {
            return;
        }
        Set<SectionId> found = EnumSet.noneOf(SectionId.class);
        for (SectionHeading h : context.diagnostics().headings()) {
            found.add(h.section());
            if (h.knownWording()) {
                String official = officialHeading(h.section());
                findings.fail(Severity.INFO,
                        "Line " + h.line() + ": heading '" + h.text() + "' is a known wording of section "
                                + TemplateCatalog.SECTION_NUMERALS.charAt(h.section().ordinal()) + "; the template's is '" + official + "'",
                        "第" + h.line() + "行：标题“" + h.text() + "”是该部分的常见写法；模板的写法为“" + official + "”",
                        Location.ofSection(h.section().key()));
            } else if (!h.official()) {
                String official = officialHeading(h.section());
                findings.fail(Severity.WARNING,
                        "Line " + h.line() + ": heading '" + h.text() + "' differs from the template's '" + official
                                + "'",
                        "第" + h.line() + "行：标题“" + h.text() + "”与模板“" + official + "”不一致",
                        Location.ofSection(h.section().key()));
            }
        }
        for (SectionId section : SectionId.values()) {
            if (!found.contains(section)) {
                String official = officialHeading(section);
                findings.fail(TABLE_SECTIONS.contains(section) ? Severity.ERROR : Severity.WARNING,
                        "Section '" + official + "' is missing or out of order",
                        "缺少“" + official + "”部分，或其顺序不对", Location.ofSection(section.key()));
            }
        }
    }

    private static String officialHeading(SectionId section) {
        return TemplateCatalog.SECTION_NUMERALS.charAt(section.ordinal()) + "、"
                + TemplateCatalog.sectionTitles(section).get(0);
    }
}
