package org.disclosurepipeline.core.rules.arithmetic;

import java.util.List;
import org.disclosurepipeline.core.rules.Findings;
import org.disclosurepipeline.core.rules.Location;
import org.disclosurepipeline.core.rules.Rule;
import org.disclosurepipeline.core.rules.RuleContext;
import org.disclosurepipeline.core.rules.RuleDescriptor;
import org.disclosurepipeline.core.rules.Severity;
import org.disclosurepipeline.core.template.ColumnDef;
import org.disclosurepipeline.core.template.RowDef;
import org.disclosurepipeline.core.template.TableId;
import org.disclosurepipeline.core.template.TemplateCatalog;

/**
 * R-T4-REVIEW-SUM, R-T4-LIT-DIRECT-SUM, R-T4-LIT-AFTER-SUM: in each group of T4, 总计 = 结果维持 + 结果纠正 +
 * 其他结果 + 尚未审结. One class, three registered rules, one per group.
 */
public final class ReviewLitigationSumRule implements Rule {

    private final RuleDescriptor descriptor;
    private final RowDef group;

    private ReviewLitigationSumRule(String code, RowDef group, String groupZh, String example) {
        this.group = group;
        this.descriptor = new RuleDescriptor(code, Severity.ERROR, "arithmetic",
                "T4 " + group.key() + " (" + group.label() + "): total = upheld + corrected + other + pending.",
                "表四" + groupZh + "：总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结。",
                example);
    }

    public static List<Rule> all() {
        List<RowDef> groups = TemplateCatalog.REVIEW_LITIGATION;
        return List.of(
                new ReviewLitigationSumRule("R-T4-REVIEW-SUM", groups.get(0), "行政复议",
                        "行政复议 reads 10/1/0/0 with 总计 0: left 11, right 0"),
                new ReviewLitigationSumRule("R-T4-LIT-DIRECT-SUM", groups.get(1), "行政诉讼（未经复议直接起诉）",
                        "未经复议直接起诉 reads 1/0/0/1 with 总计 1: left 2, right 1"),
                new ReviewLitigationSumRule("R-T4-LIT-AFTER-SUM", groups.get(2), "行政诉讼（复议后起诉）",
                        "复议后起诉 reads 0/0/0/0 with 总计 1: left 0, right 1"));
    }

    @Override
    public RuleDescriptor descriptor() {
        return descriptor;
    }

    @Override
    public void check(RuleContext context, Findings findings) {
        Location location = new Location(TableId.REVIEW_LITIGATION.section().key(), "T4", group.key(), "total");
        if (!context.diagnostics().foundTable(TableId.REVIEW_LITIGATION)) {
            findings.notAssessable("T4 could not be read, so " + descriptor.code() + " cannot be checked",
                    "未能读取表四，无法核对" + descriptor.code(), location, List.of());
            return;
        }
        List<ColumnDef> columns = group.columns();
        new Equation(location,
                columns.subList(0, 4).stream().map(group::cellKey).toList(),
                List.of(group.cellKey(columns.get(4))),
                "T4 " + group.label() + " (" + group.key() + "): upheld + corrected + other + pending = total",
                "表四“" + group.label() + "”：结果维持、结果纠正、其他结果、尚未审结之和应等于总计")
                .check(context.figures(), findings);
    }
}
