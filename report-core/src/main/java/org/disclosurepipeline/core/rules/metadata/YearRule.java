package org.disclosurepipeline.core.rules.metadata;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import org.disclosurepipeline.core.model.DisclosureReport;
import org.disclosurepipeline.core.rules.Findings;
import org.disclosurepipeline.core.rules.Location;
import org.disclosurepipeline.core.rules.Rule;
import org.disclosurepipeline.core.rules.RuleContext;
import org.disclosurepipeline.core.rules.RuleDescriptor;
import org.disclosurepipeline.core.rules.RuleVocabulary;
import org.disclosurepipeline.core.rules.Severity;

/**
 * R-META-YEAR: every statement of the report year agrees: the year in the title, the 统计期限, the year the report
 * is submitted for, and the signing date, which falls in N+1 for the report of year N.
 */
public final class YearRule implements Rule {

    private static final RuleDescriptor DESCRIPTOR = new RuleDescriptor("R-META-YEAR", Severity.ERROR, "metadata",
            "The title year, the statistic period (统计期限) and the year the report is submitted for agree, and the "
                    + "signing date falls in the following year.",
            "标题年份、统计期限与报送年度一致，且落款日期在报告年度的次年。",
            "the title says 2023, the 统计期限 is 2024-01-01 to 2024-12-31 and it is submitted for 2024");

    /** One statement of the year: the year N it implies, and how to say where it comes from. */
    private record Claim(int year, String en, String zh, boolean fromReport) {
    }

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public void check(RuleContext context, Findings findings) {
        List<Claim> claims = claims(context);
        if (claims.stream().noneMatch(Claim::fromReport)) {
            findings.notAssessable("The report states its year nowhere: no year in a title, no 统计期限 and no signing "
                            + "date; add a title such as '…" + example(context) + "年政府信息公开工作年度报告'",
                    "报告中没有任何年份信息（标题无年份、无统计期限、无落款日期），请补充标题，如“……" + example(context)
                            + "年政府信息公开工作年度报告”", Location.document(), List.of());
            return;
        }
        if (claims.stream().mapToInt(Claim::year).distinct().count() <= 1) {
            return;
        }
        List<String> en = claims.stream().map(Claim::en).filter(t -> !t.isEmpty()).toList();
        List<String> zh = claims.stream().map(Claim::zh).filter(t -> !t.isEmpty()).toList();
        findings.fail("The report year does not agree: " + String.join("; ", en) + ". Correct the one that is wrong",
                "报告年度不一致：" + String.join("；", zh) + "。请更正有误之处",
                Location.document());
    }

    private static List<Claim> claims(RuleContext context) {
        DisclosureReport r = context.report();
        List<Claim> claims = new ArrayList<>();
        if (r.title() != null) {
            Matcher m = RuleVocabulary.YEAR.matcher(r.title());
            if (m.find()) {
                int y = Integer.parseInt(m.group(1));
                claims.add(new Claim(y, "the title says " + y, "标题为" + y + "年", true));
            }
        }
        if (r.statisticPeriod() != null) {
            String en = "the 统计期限 is " + r.statisticPeriod().from() + " to " + r.statisticPeriod().to();
            String zh = "统计期限为" + r.statisticPeriod().from() + "至" + r.statisticPeriod().to();
            claims.add(new Claim(r.statisticPeriod().from().getYear(), en, zh, true));
            if (r.statisticPeriod().to().getYear() != r.statisticPeriod().from().getYear()) {
                claims.add(new Claim(r.statisticPeriod().to().getYear(), "", "", true)); // spans two years
            }
        }
        if (context.submission().year() != null) {
            int y = context.submission().year();
            claims.add(new Claim(y, "it is submitted as the report for " + y, "按" + y + "年度报告报送", false));
        }
        if (r.publishedOn() != null) {
            int y = r.publishedOn().getYear() - 1;
            claims.add(new Claim(y, "it is signed " + r.publishedOn() + ", which makes it the report for " + y
                    + " (the report for year N is signed in N+1)",
                    "落款日期为" + r.publishedOn() + "，对应" + y + "年度报告（N年度报告应在N+1年落款）", true));
        }
        return claims;
    }

    private static String example(RuleContext context) {
        return context.submission().year() == null ? "2024" : String.valueOf(context.submission().year());
    }
}
