package org.disclosurepipeline.core.rules.narrative;

import java.util.List;
import org.disclosurepipeline.core.model.Narrative;
import org.disclosurepipeline.core.rules.Findings;
import org.disclosurepipeline.core.rules.Location;
import org.disclosurepipeline.core.rules.Rule;
import org.disclosurepipeline.core.rules.RuleContext;
import org.disclosurepipeline.core.rules.RuleDescriptor;
import org.disclosurepipeline.core.rules.Severity;
import org.disclosurepipeline.core.template.SectionId;

/**
 * R-TXT-REVIEW-LIT: the number of 行政复议 cases the text states equals T4's review 总计, and the number of 行政诉讼
 * cases equals the 总计 of both litigation groups (未经复议直接起诉 + 复议后起诉).
 */
public final class ReviewLitigationTextRule implements Rule {

    private static final RuleDescriptor DESCRIPTOR = new RuleDescriptor("R-TXT-REVIEW-LIT", Severity.WARNING,
            "narrative",
            "The 行政复议 and 行政诉讼 counts the text states equal the 总计 of T4's review group and of its two "
                    + "litigation groups together.",
            "正文所述行政复议、行政诉讼数与表四行政复议“总计”、行政诉讼两组“总计”之和一致。",
            "section 一 says 行政复议2起 but T4 行政复议 总计 reads 1: left 2, right 1");

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public void check(RuleContext context, Findings findings) {
        Narrative narrative = context.report().narrative();
        Long reviews = narrative.count(Narrative.REVIEW_CASES);
        if (reviews != null) {
            TextVsTable.compare(context, findings, reviews, reviews + " administrative review case(s) (行政复议)",
                    "行政复议" + reviews + "起", List.of("reviewLitigation.review.total"),
                    "T4 行政复议 总计", "表四“行政复议”总计",
                    new Location(SectionId.OVERVIEW.key(), "T4", "review", "total"));
        }
        Long suits = narrative.count(Narrative.LITIGATION_CASES);
        if (suits != null) {
            TextVsTable.compare(context, findings, suits, suits + " lawsuit(s) (行政诉讼)", "行政诉讼" + suits + "起",
                    List.of("reviewLitigation.litigationDirect.total", "reviewLitigation.litigationAfterReview.total"),
                    "T4 行政诉讼 总计 (未经复议直接起诉 + 复议后起诉)", "表四“行政诉讼”两组总计之和（未经复议直接起诉+复议后起诉）",
                    new Location(SectionId.OVERVIEW.key(), "T4", "litigationDirect", "total"));
        }
    }
}
