package org.disclosurepipeline.core.rules.narrative;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.disclosurepipeline.core.regions.RegionLevel;
import org.disclosurepipeline.core.rules.Agency;
import org.disclosurepipeline.core.rules.Findings;
import org.disclosurepipeline.core.rules.Location;
import org.disclosurepipeline.core.rules.Rule;
import org.disclosurepipeline.core.rules.RuleContext;
import org.disclosurepipeline.core.rules.RuleDescriptor;
import org.disclosurepipeline.core.rules.RuleVocabulary;
import org.disclosurepipeline.core.rules.Severity;
import org.disclosurepipeline.core.template.SectionId;

/**
 * R-TXT-FOREIGN: the text names a level or a place that is not the agency's, the mark of sentences copied from
 * another report: 全省 in a township's or county's report, 全乡 in a 镇's, or a province, city or county of another
 * province (by full name, or after a slogan: 和谐新郑). One finding per word, at its first occurrence.
 */
public final class ForeignTextRule implements Rule {

    private static final RuleDescriptor DESCRIPTOR = new RuleDescriptor("R-TXT-FOREIGN", Severity.WARNING,
            "narrative",
            "The text names a level of government or a place that is not the agency's (全省 in a township's report, "
                    + "全乡 in a 镇's, a county of another province): sentences probably copied from another report.",
            "正文出现不属于本机关的层级或地名（乡镇报告中的“全省”、镇报告中的“全乡”、外省的县市名），疑似照搬其他单位的报告。",
            "边昭镇 (吉林省 通榆县) writes '为和谐新郑建设发挥积极作用': 新郑市 is in 河南省");

    /** One foreign word: what it is, in English and Chinese. */
    private record Foreign(String en, String zh) {
    }

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public void check(RuleContext context, Findings findings) {
        Agency agency = Agency.of(context);
        if (agency == null || agency.name() == null) {
            return; // whose report it is is unknown: nothing is foreign
        }
        Map<String, Boolean> seen = new LinkedHashMap<>(); // words and region codes already flagged
        for (SectionId section : SectionId.values()) {
            String text = context.report().section(section);
            if (text == null) {
                continue;
            }
            if (agency.level() == RegionLevel.TOWNSHIP || agency.level() == RegionLevel.COUNTY) {
                flagFirst(RuleVocabulary.WHOLE_PROVINCE, text, section, agency, findings, seen,
                        new Foreign("the whole province, a level above " + agency.name(), "指全省范围，超出" + agency.name()
                                + "的层级"));
            }
            String kind = agency.townshipKind();
            for (Map.Entry<String, Pattern> other : RuleVocabulary.WHOLE_TOWNSHIP.entrySet()) {
                if (kind != null && !other.getKey().equals(kind)) {
                    flagFirst(other.getValue(), text, section, agency, findings, seen, new Foreign(
                            "the whole " + other.getKey() + ", but " + agency.name() + " is a " + kind,
                            "指整个" + other.getKey() + "，但" + agency.name() + "是" + kind));
                }
            }
            if (agency.provinceCode() != null) {
                String province = agency.path().isEmpty() ? "its province" : agency.path().get(0).name();
                for (Places.Mention m : Places.outside(agency.provinceCode(), text)) {
                    if (seen.putIfAbsent(m.place().region().code(), true) == null) {
                        add(findings, section, text, m.start(), m.end(), m.term(), agency, new Foreign(
                                m.place().describe() + ", a place outside " + province,
                                "指" + m.place().describe() + "，不在" + province));
                    }
                }
            }
        }
    }

    /** Flags the first occurrence of a word, unless an earlier section had it. */
    private static void flagFirst(Pattern word, String text, SectionId section, Agency agency, Findings findings,
            Map<String, Boolean> seen, Foreign what) {
        Matcher m = word.matcher(text);
        if (m.find() && seen.putIfAbsent(m.group(), true) == null) {
            add(findings, section, text, m.start(), m.end(), m.group(), agency, what);
        }
    }

    private static void add(Findings findings, SectionId section, String text, int start, int end, String term,
            Agency agency, Foreign what) {
        String excerpt = Prose.clause(text, start, end);
        findings.fail(Prose.section(section) + " says '" + excerpt + "': '" + term + "' means " + what.en()
                        + ". This is the report of " + agency.describe() + "; if the sentence was copied from another "
                        + "report, rewrite it for " + agency.name(),
                Prose.sectionZh(section) + "写有“" + excerpt + "”：“" + term + "”" + what.zh() + "。本报告是"
                        + agency.name() + "的报告，如系照搬其他单位的文字，请按本单位实际改写",
                Location.ofSection(section.key()));
    }
}
