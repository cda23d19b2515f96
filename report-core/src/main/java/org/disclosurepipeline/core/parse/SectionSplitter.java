package org.disclosurepipeline.core.parse;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.disclosurepipeline.core.template.SectionId;
import org.disclosurepipeline.core.template.TemplateCatalog;

/**
 * Finds the six section headings, however they are numbered (一、 1、 3、 （1） (一)), and the line range of each
 * section. Headings are looked for in template order, so a table row such as 四、结转下年度继续办理 is never taken
 * for a heading.
 */
final class SectionSplitter {

    private static final int MAX_HEADING_LENGTH = 48;

    private static final SectionId[] SECTIONS = SectionId.values();

    /** A section's heading and the lines [bodyStart, bodyEnd) that follow it. */
    record Span(SectionHeading heading, int bodyStart, int bodyEnd) {
    }

    private SectionSplitter() {
    }

    static Map<SectionId, Span> split(DocumentLines doc) {
        List<SectionHeading> found = new ArrayList<>();
        List<Integer> at = new ArrayList<>(); // the index of each heading's line
        int next = 0;
        char[] chars = doc.chars();
        boolean lastMayGiveWay = false;
        for (int i = 0; i < doc.size() && (next < SECTIONS.length || lastMayGiveWay); i++) {
            int end = Chars.skipWhitespaceBack(chars, doc.start(i), doc.end(i));
            if (end - doc.start(i) < 4 || !endsLikeATitle(chars, doc.start(i), end)) {
                continue;
            }
            int begin = Chars.skipWhitespace(chars, doc.start(i), end);
            if (end - begin < 4 || end - begin > MAX_HEADING_LENGTH) {
                continue;
            }
            String line = new String(chars, begin, end - begin);
            String numbered = line.substring(strayLength(line));
            int numbering = numberingLength(numbered);
            String rest = numbering > 0 ? numbered.substring(numbering) : numbered;
            String words = Labels.words(rest);
            if (lastMayGiveWay) {
                // the last heading found may be a sub-heading of the section before that bears its title
                // (（一）主动公开政府信息情况 in 总体情况): a line with the same title, better numbered, takes its place
                SectionHeading last = found.get(found.size() - 1);
                SectionHeading again = asHeading(last.section(), line, rest, words, doc.lineNumber(i));
                if (again != null && betterNumbered(again, last)) {
                    found.set(found.size() - 1, again);
                    at.set(at.size() - 1, i);
                    lastMayGiveWay = !numberedAtBest(again);
                    continue;
                }
            }
            for (int s = next; s < SECTIONS.length; s++) {
                SectionId section = SECTIONS[s];
                SectionHeading heading = asHeading(section, line, rest, words, doc.lineNumber(i));
                if (heading != null) {
                    found.add(heading);
                    at.add(i);
                    lastMayGiveWay = !numberedAtBest(heading);
                    next = s + 1;
                    break;
                }
            }
        }
        Map<SectionId, Span> spans = new EnumMap<>(SectionId.class);
        for (int k = 0; k < found.size(); k++) {
            SectionHeading h = found.get(k);
            int end = k + 1 < found.size() ? at.get(k + 1) : doc.size();
            spans.put(h.section(), new Span(h, at.get(k) + 1, end));
        }
        return spans;
    }

    private static SectionHeading asHeading(SectionId section, String line, String rest, String words, int lineNo) {
        List<String> titles = TITLE_WORDS.get(section);
        for (int t = 0; t < titles.size(); t++) {
            if (Labels.matches(words, titles.get(t))) {
                String title = TemplateCatalog.sectionTitles(section).get(t);
                boolean asPrinted = line.startsWith(officialNumeral(section) + "、")
                        && sameWording(rest.strip(), title);
                return new SectionHeading(section, line, lineNo, t == 0 && asPrinted, t > 0 && asPrinted);
            }
        }
        return null;
    }

    /**
     * The stray letters a conversion left before a heading's numbering (l六、存在的主要问题…): one or two ASCII letters
     * followed by numbering, or 0. The heading is found through them and warned about as written.
     */
    static int strayLength(String line) {
        int k = 0;
        while (k < 2 && k < line.length() && (line.charAt(k) >= 'a' && line.charAt(k) <= 'z'
                || line.charAt(k) >= 'A' && line.charAt(k) <= 'Z')) {
            k++;
        }
        return k > 0 && numberingLength(line.substring(k)) > 0 ? k : 0;
    }

    /**
     * Two titles worded alike but for the word joining two things (及, 和, 与, 以及, 、): 存在的主要问题和改进情况 is the
     * template's heading, not a variant worth a warning.
     */
    static boolean sameWording(String written, String title) {
        return joined(written).equals(joined(title));
    }

    private static String joined(String title) {
        return title.replace(" ", "").replace("以及", "及").replace('和', '及').replace('与', '及').replace('、', '及');
    }

    /**
     * True when the heading {@code a} is numbered better for its section than {@code b}: with the section's own
     * number (二 or 2 for section 二) where {@code b} has another, else at a higher level (一、 and 2、 above （一）,
     * which is above none).
     */
    private static boolean betterNumbered(SectionHeading a, SectionHeading b) {
        boolean aOwn = numberOf(a.text()) == a.section().number();
        boolean bOwn = numberOf(b.text()) == b.section().number();
        return aOwn != bOwn ? aOwn : level(a.text()) < level(b.text());
    }

    /** True when no heading can be numbered better for its section: its own number at the top level (二、 2、). */
    private static boolean numberedAtBest(SectionHeading heading) {
        return heading.official()
                || level(heading.text()) == 0 && numberOf(heading.text()) == heading.section().number();
    }

    /** 0 for 一、 3、 3. 第三, 1 for （三） (3), 2 for a heading without numbering. */
    private static int level(String heading) {
        int numbering = numberingLength(heading);
        if (numbering == 0) {
            return 2;
        }
        return heading.charAt(0) == '（' || heading.charAt(0) == '(' ? 1 : 0;
    }

    /** The number a heading's numbering gives (三 → 3, （2） → 2), or -1. */
    private static int numberOf(String heading) {
        if (numberingLength(heading) == 0) {
            return -1;
        }
        int i = 0;
        while (i < heading.length() && "第（( ".indexOf(heading.charAt(i)) >= 0) {
            i++;
        }
        if (i < heading.length() && isSectionNumeral(heading.charAt(i))) {
            return TemplateCatalog.SECTION_NUMERALS.indexOf(heading.charAt(i)) + 1;
        }
        int value = 0;
        int start = i;
        while (i < heading.length() && Chars.isAsciiDigit(heading.charAt(i)) && i - start < 3) {
            value = value * 10 + heading.charAt(i++) - '0';
        }
        return i > start ? value : -1;
    }

    /** The last characters of the section titles (情况, 事项…): a line ending otherwise is no heading. */
    private static final String TITLE_ENDINGS = titleEndings();
    private static final char[] TITLE_ENDING = TITLE_ENDINGS.toCharArray();
    private static final long[] LETTER_OR_DIGIT = Chars.table(Character::isLetterOrDigit);

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

    /** True when the line [lineStart, end), without trailing punctuation, ends as some section title does. */
    private static boolean endsLikeATitle(char[] chars, int lineStart, int end) {
        int last = end - 1;
        while (last > lineStart && !Chars.in(LETTER_OR_DIGIT, chars[last])) {
            last--;
        }
        for (char ending : TITLE_ENDING) {
            if (chars[last] == ending) {
                return true;
            }
        }
        return false;
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

    /**
     * The length of the numbering a heading starts with, and the spaces after it, or 0: 一、 第二、 3、 3. （4） (4)
     * 五 (a numeral and a space). Read by hand rather than by a regular expression: it is asked of many lines.
     */
    static int numberingLength(String line) {
        int n = line.length();
        int end = 0;
        if (n == 0) {
            return 0;
        }
        char first = line.charAt(0);
        int numeral = first == '第' ? 1 : 0;
        if (numeral + 1 < n && isSectionNumeral(line.charAt(numeral))
                && (isSeparator(line.charAt(numeral + 1)) || Chars.isPatternSpace(line.charAt(numeral + 1)))) {
            end = numeral + 2;
        } else if (first >= '0' && first <= '9') {
            int i = skipSpaces(line, 1);
            end = i < n && isSeparator(line.charAt(i)) ? i + 1 : 0;
        } else if (first == '（' || first == '(') {
            int i = skipSpaces(line, 1);
            if (i < n && (isSectionNumeral(line.charAt(i)) || line.charAt(i) >= '0' && line.charAt(i) <= '9')) {
                i = skipSpaces(line, i + 1);
                end = i < n && (line.charAt(i) == '）' || line.charAt(i) == ')') ? i + 1 : 0;
            }
        }
        return end == 0 ? 0 : skipSpaces(line, end);
    }

    private static boolean isSectionNumeral(char c) {
        return TemplateCatalog.SECTION_NUMERALS.indexOf(c) >= 0;
    }

    private static boolean isSeparator(char c) {
        return c == '、' || c == '.' || c == ',' || c == '，';
    }

    private static int skipSpaces(String line, int from) {
        while (from < line.length() && Chars.isPatternSpace(line.charAt(from))) {
            from++;
        }
        return from;
    }

    static String officialNumeral(SectionId section) {
        return String.valueOf(TemplateCatalog.SECTION_NUMERALS.charAt(section.ordinal()));
    }
}
