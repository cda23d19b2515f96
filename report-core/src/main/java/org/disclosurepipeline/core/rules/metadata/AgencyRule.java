package org.disclosurepipeline.core.rules.metadata;

import java.util.List;
import org.disclosurepipeline.core.model.DisclosureReport;
import org.disclosurepipeline.core.rules.Agency;
import org.disclosurepipeline.core.rules.Findings;
import org.disclosurepipeline.core.rules.Location;
import org.disclosurepipeline.core.rules.Rule;
import org.disclosurepipeline.core.rules.RuleContext;
import org.disclosurepipeline.core.rules.RuleDescriptor;
import org.disclosurepipeline.core.rules.RuleVocabulary;
import org.disclosurepipeline.core.rules.Severity;

/**
 * R-META-AGENCY: the agency the report names (signature, title or preamble) is the one it is submitted for. Names
 * repeat across the country, so the registered name comes from the submission's code. The township's short name
 * (李口 for 李口镇) is enough, so that a 乡 turned 镇 or a county prefix (郟县李口镇) still matches.
 */
public final class AgencyRule implements Rule {

    private static final RuleDescriptor DESCRIPTOR = new RuleDescriptor("R-META-AGENCY", Severity.ERROR, "metadata",
            "The agency named in the report (signature, title or preamble) is the agency it is submitted for.",
            "报告中署名（落款、标题或开头）的机关与报送的机关一致。",
            "a report signed 城关镇人民政府 submitted for 二里镇 (610722111)");

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public void check(RuleContext context, Findings findings) {
        if (context.submission().agencyCode() == null && context.submission().agencyName() == null) {
            return; // not submitted for any agency (the CLI without --agency): nothing to compare with
        }
        Agency agency = Agency.of(context);
        if (agency == null || agency.name() == null
                || (agency.path().isEmpty() && context.submission().agencyName() == null)) {
            return; // a code the registry does not know, and no name: the ingest side checks codes
        }
        DisclosureReport report = context.report();
        String named = report.agencyName();
        if (named != null && nameless(named)) {
            named = null; // "镇人民政府" names no one
        }
        if (named == null) {
            if (!mentions(report, agency)) {
                String title = agency.name() + (context.year() == null ? "" : context.year() + "年") + "政府信息公开工作年度报告";
                findings.notAssessable("The report names no agency (no title such as '" + title + "', no signature "
                                + "at the end), so it cannot be checked that it is the report of " + agency.describe(),
                        "报告未写明机关名称（无标题、无落款），无法核对是否为" + agency.name() + "的报告",
                        Location.document(), List.of());
            }
            return;
        }
        if (!named.contains(agency.name()) && !named.contains(agency.coreName())) {
            findings.fail("The report names the agency '" + named + "' but is submitted for " + agency.describe()
                            + ": upload the report of " + agency.name() + ", or submit this one for its own agency",
                    "报告署名的机关为“" + named + "”，但报送的机关是" + agency.describe() + "：请上传" + agency.name()
                            + "的报告，或以正确的机关报送本报告",
                    Location.document());
        }
    }

    private static boolean nameless(String named) {
        String rest = named.replace(RuleVocabulary.PEOPLES_GOVERNMENT, "").replace("政府", "");
        for (String suffix : RuleVocabulary.TOWNSHIP_SUFFIXES) {
            rest = rest.replace(suffix, "");
        }
        return rest.strip().length() < 2;
    }

    private static boolean mentions(DisclosureReport report, Agency agency) {
        String title = report.title() == null ? "" : report.title();
        return title.contains(agency.coreName())
                || report.sections().values().stream().anyMatch(s -> s.contains(agency.name()));
    }
}
