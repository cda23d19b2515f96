package org.disclosurepipeline.core.parse;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.disclosurepipeline.core.template.SectionId;
import org.disclosurepipeline.core.template.TemplateCatalog;

/**
 * Finds the six section headings, however they are numbered (一、 1、 3、 （1） (一)), and the line range of each
 * section. Headings are looked for in template order, so a table row such as 四、结转下年度继续办理 is never taken
 * for a heading.
 */
final class SectionSplitter {

    private static final int MAX_HEADING_LENGTH = 48;
    private static final Pattern NUMBERING = Pattern.compile(
            "^(?:第?([一二三四五六])[、.,，\\s]|(\\d)\\s*[、.,，]|[（(]\\s*([一二三四五六\\d])\\s*[）)]|([一二三四五六])\\s)\\s*");

    private static final SectionId[] SECTIONS = SectionId.values();

    /** A section's heading and the lines [bodyStart, bodyEnd) that follow it. */
    record Span(SectionHeading heading, int bodyStart, int bodyEnd) {
    }

    private SectionSplitter() {
    }

    static Map<SectionId, Span> split(DocumentLines doc) {
        List<SectionHeading> found = new ArrayList<>();
        int next = 0;
        for (int i = 0; i < doc.size() && next < SECTIONS.length; i++) {
            String raw = doc.get(i);
            int begin = 0;
            int end = raw.length();
            while (begin < end && Character.isWhitespace(raw.charAt(begin))) {
                begin++;
            }
            while (end > begin && Character.isWhitespace(raw.charAt(end - 1))) {
                end--;
            }
            if (end - begin < 4 || end - begin > MAX_HEADING_LENGTH || !endsLikeATitle(raw, end)) {
                continue;
            }
            String line = raw.substring(begin, end);
            Matcher m = NUMBERING.matcher(line);
            String rest = m.find() ? line.substring(m.end()) : line;
            String words = Labels.words(rest);
            for (int s = next; s < SECTIONS.length; s++) {
                SectionId section = SECTIONS[s];
                SectionHeading heading = asHeading(section, line, rest, words, i + 1);
                if (heading != null) {
                    found.add(heading);
                    next = s + 1;
                    break;
                }
            }
        }
        Map<SectionId, Span> spans = new EnumMap<>(SectionId.class);
        for (int k = 0; k < found.size(); k++) {
            SectionHeading h = found.get(k);
            int end = k + 1 < found.size() ? found.get(k + 1).line() - 1 : doc.size();
            spans.put(h.section(), new Span(h, h.line(), end));
        }
        return spans;
    }

    private static SectionHeading asHeading(SectionId section, String line, String rest, String words, int lineNo) {
        List<String> titles = TITLE_WORDS.get(section);
        for (int t = 0; t < titles.size(); t++) {
            if (Labels.matches(words, titles.get(t))) {
                String official = TemplateCatalog.sectionTitles(section).get(0);
                boolean exact = t == 0 && line.startsWith(officialNumeral(section) + "、") && rest.strip().equals(official);
                return new SectionHeading(section, line, lineNo, exact);
            }
        }
        return null;
    }

    /** The last characters of the section titles (情况, 事项…): a line ending otherwise is no heading. */
    private static final String TITLE_ENDINGS = titleEndings();

    private static String titleEndings() {
        StringBuilder endings = new StringBuilder();
        for (SectionId section : SectionId.values()) {
            for (String title : TemplateCatalog.sectionTitles(section)) {
                char last = title.charAt(title.length() - 1);
                if (endings.indexOf(String.valueOf(last)) < 0) {
                    endings.append(last);
                }
            }
        }
        return endings.toString();
    }

    /** True when the line, without trailing punctuation, ends as some section title does. */
    private static boolean endsLikeATitle(String line, int length) {
        int end = length - 1;
        while (end > 0 && !Character.isLetterOrDigit(line.charAt(end))) {
            end--;
        }
        return TITLE_ENDINGS.indexOf(line.charAt(end)) >= 0;
    }

    /** The words of each section's titles, worked out once. */
    private static final Map<SectionId, List<String>> TITLE_WORDS = titleWords();

    private static Map<SectionId, List<String>> titleWords() {
        Map<SectionId, List<String>> words = new EnumMap<>(SectionId.class);
        for (SectionId section : SectionId.values()) {
            words.put(section, TemplateCatalog.sectionTitles(section).stream().map(Labels::words).toList());
        }
        return words;
    }

    static String officialNumeral(SectionId section) {
        return String.valueOf(TemplateCatalog.SECTION_NUMERALS.charAt(section.ordinal()));
    }
}
