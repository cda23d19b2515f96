package org.disclosurepipeline.core.rules.narrative;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.disclosurepipeline.core.rules.Findings;
import org.disclosurepipeline.core.rules.Location;
import org.disclosurepipeline.core.rules.Rule;
import org.disclosurepipeline.core.rules.RuleContext;
import org.disclosurepipeline.core.rules.RuleDescriptor;
import org.disclosurepipeline.core.rules.RuleVocabulary;
import org.disclosurepipeline.core.rules.Severity;
import org.disclosurepipeline.core.template.SectionId;

/**
 * R-TXT-SUBTOTAL: "共 N 条" followed by "其中 a 条、b 条、c 条" in the prose: the parts (at least two, in the same
 * unit, up to the end of the 其中 sentence) add up to N. A list whose last part is followed by 等 may be partial,
 * so only a sum above N is reported for it.
 */
public final class SubtotalRule implements Rule {

    private static final List<SectionId> PROSE = List.of(SectionId.OVERVIEW, SectionId.PROBLEMS,
            SectionId.OTHER_MATTERS);
    private static final String BETWEEN = " \t，,。；;：:";

    private static final RuleDescriptor DESCRIPTOR = new RuleDescriptor("R-TXT-SUBTOTAL", Severity.WARNING,
            "narrative",
            "A total in the text (共 N 条) followed by its parts (其中 a 条、b 条、c 条) adds up.",
            "正文中“共N条，其中a条、b条、c条”的各分项之和等于总数。",
            "共主动公开政府信息214条，其中政策解读26条、民生服务37条、工作动态150条: left 214, right 213");

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public void check(RuleContext context, Findings findings) {
        for (SectionId section : PROSE) {
            String text = context.report().section(section);
            if (text != null) {
                check(section, text, findings);
            }
        }
    }

    private static void check(SectionId section, String text, Findings findings) {
        Matcher total = RuleVocabulary.TOTAL.matcher(text);
        while (total.find()) {
            int among = total.end();
            while (among < text.length() && BETWEEN.indexOf(text.charAt(among)) >= 0) {
                among++;
            }
            if (!text.startsWith(RuleVocabulary.AMONG, among)) {
                continue;
            }
            int end = sentenceEnd(text, among);
            String parts = text.substring(among, end);
            List<Long> values = new ArrayList<>();
            Matcher part = Pattern.compile(String.format(RuleVocabulary.PART, Pattern.quote(total.group(2))))
                    .matcher(parts);
            int lastPartEnd = 0;
            while (part.find()) {
                values.add(Long.parseLong(part.group(1)));
                lastPartEnd = part.end();
            }
            long n = Long.parseLong(total.group(1));
            long sum = values.stream().mapToLong(Long::longValue).sum();
            boolean partial = RuleVocabulary.NOT_EXHAUSTIVE.matcher(parts.substring(lastPartEnd)).find();
            if (values.size() < 2 || sum == n || (partial && sum < n)) {
                continue;
            }
            String unit = total.group(2);
            String excerpt = Prose.clause(text, total.start(), Math.min(end, total.start() + 40));
            String listed = String.join(" + ", values.stream().map(String::valueOf).toList());
            findings.failSums(Prose.section(section) + ": '" + excerpt + "' gives a total of " + n + " " + unit
                            + ", but the parts after 其中 add up to " + listed + " = " + sum + " " + unit
                            + ": correct the total or a part",
                    Prose.sectionZh(section) + "：“" + excerpt + "”总数为" + n + unit + "，但“其中”各项之和为" + listed
                            + "=" + sum + unit + "：请更正总数或分项",
                    Location.ofSection(section.key()), BigDecimal.valueOf(n), BigDecimal.valueOf(sum), List.of());
            total.region(end, text.length());
        }
    }

    private static int sentenceEnd(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '。' || c == '\n') {
                return i;
            }
        }
        return text.length();
    }
}
