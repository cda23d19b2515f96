package org.disclosurepipeline.core.rules.metadata;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.disclosurepipeline.core.regions.RegionLevel;
import org.disclosurepipeline.core.rules.Agency;
import org.disclosurepipeline.core.rules.FindingStatus;
import org.disclosurepipeline.core.rules.Findings;
import org.disclosurepipeline.core.rules.Location;
import org.disclosurepipeline.core.rules.Rule;
import org.disclosurepipeline.core.rules.RuleContext;
import org.disclosurepipeline.core.rules.RuleDescriptor;
import org.disclosurepipeline.core.rules.RuleVocabulary;
import org.disclosurepipeline.core.rules.Severity;

/**
 * R-META-DEADLINE: the report of year N is dated no later than the deadline in N+1: {@code agencyDeadline}
 * (31 January) for departments and townships, {@code regionalDeadline} (31 March) for county-level and higher
 * people's governments. Without a signing date, a submission received by the deadline is in time; otherwise the
 * check cannot be made, which is said at info level (it is no fault of the figures).
 */
public final class DeadlineRule implements Rule {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private static final RuleDescriptor DESCRIPTOR = new RuleDescriptor("R-META-DEADLINE", Severity.WARNING,
            "metadata",
            "The report is dated after the deadline of the following year: 31 January for departments and "
                    + "townships, 31 March for county-level and higher people's governments (both configurable).",
            "报告落款日期晚于次年的公开时限：部门和乡镇为1月31日，县级以上人民政府为3月31日（可配置）。",
            "the 2024 report of 二里镇 is dated 2025-02-20, 20 days after 2025-01-31");

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public void check(RuleContext context, Findings findings) {
        Integer year = context.year();
        if (year == null) {
            return; // R-META-YEAR says that the year is unknown
        }
        boolean regional = regional(context, Agency.of(context));
        MonthDay due = regional ? context.settings().regionalDeadline() : context.settings().agencyDeadline();
        LocalDate deadline = due.atYear(year + 1);
        String whose = regional ? "county-level and higher people's governments" : "departments and townships";
        String whoseZh = regional ? "县级以上人民政府" : "部门和乡镇";
        LocalDate dated = context.report().publishedOn();
        if (dated == null) {
            if (context.submission().receivedAt() != null
                    && !context.submission().receivedAt().atZone(CHINA).toLocalDate().isAfter(deadline)) {
                return; // received in time, so it was written in time
            }
            findings.add(Severity.INFO, FindingStatus.NOT_ASSESSABLE,
                    "The report carries no signing date (such as '" + (year + 1) + "年1月20日' under the agency's name "
                            + "at the end), so it cannot be checked that it was published by " + deadline,
                    "报告末尾没有落款日期（如“" + (year + 1) + "年1月20日”），无法核对是否在" + deadline + "前公开",
                    Location.document(), null, null, List.of());
            return;
        }
        if (dated.isAfter(deadline)) {
            long late = ChronoUnit.DAYS.between(deadline, dated);
            findings.fail("The report for " + year + " is dated " + dated + ", " + late + " day(s) after the deadline "
                            + deadline + " for " + whose,
                    year + "年度报告落款日期为" + dated + "，晚于" + whoseZh + "的公开时限" + deadline + "共" + late + "天",
                    Location.document());
        }
    }

    /** A people's government above township level; a department or a township is not. */
    private static boolean regional(RuleContext context, Agency agency) {
        if (agency == null || agency.level() == null || agency.level() == RegionLevel.TOWNSHIP) {
            return false;
        }
        String name = context.submission().agencyName() != null ? context.submission().agencyName() : agency.name();
        return !RuleVocabulary.DEPARTMENT_NAME.matcher(name).matches();
    }
}
