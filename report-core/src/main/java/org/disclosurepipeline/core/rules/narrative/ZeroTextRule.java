package org.disclosurepipeline.core.rules.narrative;

import java.math.BigDecimal;
import java.util.List;
import org.disclosurepipeline.core.model.Narrative;
import org.disclosurepipeline.core.rules.Findings;
import org.disclosurepipeline.core.rules.Location;
import org.disclosurepipeline.core.rules.Rule;
import org.disclosurepipeline.core.rules.RuleContext;
import org.disclosurepipeline.core.rules.RuleDescriptor;
import org.disclosurepipeline.core.rules.Severity;
import org.disclosurepipeline.core.rules.arithmetic.Side;
import org.disclosurepipeline.core.template.SectionId;

/**
 * R-TXT-ZERO: the text says "未收到申请" or "未引发行政复议和行政诉讼" while the tables count applications (T3 row 一
 * 总计) or cases (the three 总计 of T4).
 */
public final class ZeroTextRule implements Rule {

    private static final List<String> T4_TOTALS = List.of("reviewLitigation.review.total",
            "reviewLitigation.litigationDirect.total", "reviewLitigation.litigationAfterReview.total");

    private static final RuleDescriptor DESCRIPTOR = new RuleDescriptor("R-TXT-ZERO", Severity.WARNING, "narrative",
            "The text says no application was received, or no administrative review or lawsuit arose, while T3 or "
                    + "T4 counts some.",
            "正文称“未收到申请”或“未引发行政复议和行政诉讼”，但表三或表四有数。",
            "section 一 says 未收到申请 but T3 一、本年新收政府信息公开申请数量 总计 reads 2: left 0, right 2");

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public void check(RuleContext context, Findings findings) {
        Narrative narrative = context.report().narrative();
        if (narrative.says(Narrative.NO_APPLICATIONS)) {
            check(context, findings, List.of("applications.newReceived.total"),
                    "no application was received (未收到申请)", "未收到申请",
                    "T3 row 一、本年新收政府信息公开申请数量, column 总计", "表三“一、本年新收政府信息公开申请数量”总计",
                    new Location(SectionId.OVERVIEW.key(), "T3", "newReceived", "total"));
        }
        if (narrative.says(Narrative.NO_REVIEW_OR_LITIGATION)) {
            check(context, findings, T4_TOTALS,
                    "no administrative review or lawsuit arose (未引发行政复议和行政诉讼)", "未引发行政复议和行政诉讼",
                    "the sum of T4's three 总计 (行政复议, 未经复议直接起诉, 复议后起诉)", "表四三组“总计”之和",
                    new Location(SectionId.OVERVIEW.key(), "T4", null, "total"));
        }
    }

    private static void check(RuleContext context, Findings findings, List<String> keys, String saysEn, String saysZh,
            String tableEn, String tableZh, Location location) {
        Side table = Side.sum(context.figures(), keys);
        String section = Prose.section(SectionId.OVERVIEW);
        String sectionZh = Prose.sectionZh(SectionId.OVERVIEW);
        if (!table.assessable()) {
            findings.notAssessable(section + " says " + saysEn + ", but " + tableEn + " is empty or missing, so "
                    + "the two cannot be compared", sectionZh + "称" + saysZh + "，但" + tableZh + "为空或缺失，无法核对",
                    location, table.missing());
        } else if (table.value().signum() > 0) {
            findings.failSums(section + " says " + saysEn + ", but " + tableEn + " = " + table.value().toPlainString()
                            + ": correct the text or the table",
                    sectionZh + "称" + saysZh + "，但" + tableZh + "为" + table.value().toPlainString() + "：请更正文字或表格",
                    location, BigDecimal.ZERO, table.value(), keys);
        }
    }
}
