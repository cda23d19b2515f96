package org.disclosurepipeline.core.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.disclosurepipeline.core.template.OtherHandlingLayout;
import org.disclosurepipeline.core.template.RowDef;
import org.disclosurepipeline.core.template.SectionId;
import org.disclosurepipeline.core.template.TemplateCatalog;

/**
 * A whole page flattened to one line, as a scraper makes it (title, preamble, section headings, the three tables
 * with their cells glued, closing sections and signature, nothing between them), cut back into the lines the
 * parser reads: the title; each section heading, found by its title after its own number (二、 for section 二, so a
 * preamble that lists the titles is not taken for them); each table row, found in template order by its label; the
 * run of numbers after each label (kept glued: GluedCells splits it where only one split satisfies the row and the
 * table); T4's fifteen numbers; the signature's agency and date. Nothing is inserted but line ends and tabs
 * before numbers a scraper separated with spaces, and nothing dropped but spaces between numbers some of which are
 * glued: every other character of the page stays, in its order.
 */
final class FlatPage {

    /** A line this long may be a flattened page: no heading or table row is. */
    static final int LONG_LINE = 400;
    /** At least this many numbered section headings make a long line a flattened report. */
    private static final int MIN_HEADINGS = 3;
    private static final int TITLE_REACH = 80;
    private static final int MAX_AGENCY = 40;

    private static final String NUMERALS = TemplateCatalog.SECTION_NUMERALS;
    private static final Pattern DATE_AT_END = Pattern.compile(
            "(?:" + MetadataReader.DATE + "|\\d{4}[-./]\\d{1,2}[-./]\\d{1,2})\\s*$");

    /** The labels of T3 in printed order, every layout's （六） rows included; group headings before their rows. */
    private static final List<LabelPattern> APPLICATION_LABELS = applicationLabels();
    private static final List<LabelPattern> ACTIVE_2021_LABELS = plainLabels(TemplateCatalog.ACTIVE_DISCLOSURE_2021);
    private static final List<LabelPattern> ACTIVE_2019_LABELS = plainLabels(TemplateCatalog.ACTIVE_DISCLOSURE_2019);

    private FlatPage() {
    }

    /** A label as a flattened page prints it, and whether numbers must follow it for it to be a row. */
    private record LabelPattern(Pattern pattern, boolean carriesNumbers, int width) {
    }

    /**
     * The document's text with its flattened lines cut again, and for each line the number of the line of the
     * document it comes from; null when no line of the document is a flattened report.
     */
    static DocumentLines unflatten(DocumentLines doc) {
        StringBuilder out = null;
        List<Integer> sourceLines = new ArrayList<>();
        for (int i = 0; i < doc.size(); i++) {
            String line = doc.get(i);
            List<int[]> cuts = line.length() >= LONG_LINE ? cuts(line) : null;
            if (cuts == null) {
                if (out != null) {
                    out.append(line).append('\n');
                }
                sourceLines.add(doc.lineNumber(i));
                continue;
            }
            if (out == null) {
                out = new StringBuilder(doc.text().length() + 1024);
                out.append(doc.join(0, i));
                if (i > 0) {
                    out.append('\n');
                }
            }
            int from = 0;
            for (int[] cut : cuts) {
                out.append(line, from, cut[0]);
                if (cut[1] == DROP) {
                    from = cut[0] + cut[2];
                    continue;
                }
                out.append((char) cut[1]);
                if (cut[1] == '\n') {
                    sourceLines.add(doc.lineNumber(i));
                }
                from = cut[0];
            }
            out.append(line, from, line.length()).append('\n');
            sourceLines.add(doc.lineNumber(i));
        }
        if (out == null) {
            return null;
        }
        out.setLength(out.length() - 1);
        return DocumentLines.of(out.toString(), sourceLines.stream().mapToInt(Integer::intValue).toArray());
    }

    /** A cut {position, DROP, length} drops the spaces between numbers whose cells are partly glued. */
    private static final int DROP = 0;

    /**
     * Where the line is cut: {position, '\n'} inserts a line end before the position, {position, '\t'} a tab,
     * {position, DROP, length} drops that many spaces. Null when the line holds fewer than three numbered section
     * headings.
     */
    private static List<int[]> cuts(String line) {
        List<int[]> headings = headings(line);
        if (headings.size() < MIN_HEADINGS) {
            return null;
        }
        List<int[]> cuts = new ArrayList<>();
        int title = line.indexOf("年度报告");
        if (title > 0 && title + 4 <= Math.min(TITLE_REACH, headings.get(0)[1])) {
            cuts.add(new int[] {title + 4, '\n'});
        }
        for (int h = 0; h < headings.size(); h++) {
            int[] heading = headings.get(h);
            int bodyEnd = h + 1 < headings.size() ? headings.get(h + 1)[1] : line.length();
            cuts.add(new int[] {heading[1], '\n'});
            cuts.add(new int[] {heading[2], '\n'});
            SectionId section = SectionId.values()[heading[0]];
            switch (section) {
                case ACTIVE_DISCLOSURE -> rows(line, heading[2], bodyEnd,
                        is2019(line, heading[2], bodyEnd) ? ACTIVE_2019_LABELS : ACTIVE_2021_LABELS, cuts);
                case APPLICATIONS -> {
                    rows(line, heading[2], bodyEnd, APPLICATION_LABELS, cuts);
                    numberings(line, heading[2], bodyEnd, cuts);
                }
                case REVIEW_LITIGATION -> reviewRow(line, heading[2], bodyEnd, cuts);
                case OTHER_MATTERS -> signature(line, heading[2], bodyEnd, cuts);
                default -> {
                }
            }
        }
        cuts.removeIf(c -> c[0] <= 0 || c[0] >= line.length());
        // at one place: a line end before a tab before a drop
        cuts.sort((a, b) -> a[0] != b[0] ? Integer.compare(a[0], b[0]) : Integer.compare(b[1], a[1]));
        List<int[]> distinct = new ArrayList<>();
        for (int[] cut : cuts) {
            int[] last = distinct.isEmpty() ? null : distinct.get(distinct.size() - 1);
            if (last == null || last[0] != cut[0] || last[1] == '\n' && cut[1] == DROP) {
                distinct.add(cut);
            }
        }
        return distinct;
    }

    /**
     * The numbered section headings in template order, each {section ordinal, start, end}: a title of the section
     * right after the section's own number (二、 二. （二） (二) 2、 2. 第二、). A section whose title is not found word
     * for word between the headings found around it (or after the last) is looked for there with a typo or two in
     * its title, as the line-by-line reader allows ({@link #withTypos}).
     */
    private static List<int[]> headings(String line) {
        List<int[]> found = new ArrayList<>();
        int from = 0;
        for (SectionId section : SectionId.values()) {
            int[] best = null;
            for (String title : TemplateCatalog.sectionTitles(section)) {
                for (int at = line.indexOf(title, from); at >= 0; at = line.indexOf(title, at + 1)) {
                    int start = numberedBefore(line, at, section.number(), from);
                    if (start >= 0) {
                        if (best == null || start < best[1]) {
                            best = new int[] {section.ordinal(), start, at + title.length()};
                        }
                        break;
                    }
                }
            }
            if (best != null) {
                found.add(best);
                from = best[2];
            }
        }
        if (found.size() < MIN_HEADINGS - 1) {
            return found; // no flattened page: do not look further
        }
        List<int[]> all = new ArrayList<>(found.size() + 2);
        int previousSection = -1;
        int previousEnd = 0;
        for (int k = 0; k <= found.size(); k++) {
            int nextSection = k < found.size() ? found.get(k)[0] : SectionId.values().length;
            int nextStart = k < found.size() ? found.get(k)[1] : line.length();
            for (int s = previousSection + 1; s < nextSection && k > 0; s++) {
                int[] typo = withTypos(line, SectionId.values()[s], previousEnd, nextStart);
                if (typo != null) {
                    all.add(typo);
                    previousEnd = typo[2];
                }
            }
            if (k < found.size()) {
                all.add(found.get(k));
                previousSection = nextSection;
                previousEnd = found.get(k)[2];
            }
        }
        return all;
    }

    /**
     * The heading of the section in line[from, to) whose title differs from a known one by the typos a title of its
     * length allows ({@link Labels#matches}: 四、政府信息公开行政法复议、行政诉讼情况, one character too many), right after
     * the section's own number, and ending in the title's last character; {section ordinal, start, end} or null.
     */
    private static int[] withTypos(String line, SectionId section, int from, int to) {
        char numeral = NUMERALS.charAt(section.ordinal());
        for (int n = line.indexOf(numeral, from); n >= 0 && n < to; n = line.indexOf(numeral, n + 1)) {
            int at = skipSpaces(line, n + 1, to);
            if (at < to && "、.，）)".indexOf(line.charAt(at)) >= 0) {
                at = skipSpaces(line, at + 1, to);
            }
            int start = numberedBefore(line, at, section.number(), from);
            if (start < 0) {
                continue;
            }
            for (String title : TemplateCatalog.sectionTitles(section)) {
                String words = Labels.words(title);
                int allowed = Labels.allowedEdits(words);
                char last = title.charAt(title.length() - 1);
                for (int end = at + title.length() - allowed; allowed > 0 && end <= Math.min(to,
                        at + title.length() + allowed); end++) {
                    if (line.charAt(end - 1) == last && Labels.matches(Labels.words(line.substring(at, end)), words)) {
                        return new int[] {section.ordinal(), start, end};
                    }
                }
            }
        }
        return null;
    }

    /** Where the numbering of number {@code n} that ends right before {@code at} starts, or -1. */
    private static int numberedBefore(String line, int at, int n, int limit) {
        int i = skipSpacesBack(line, at, limit);
        if (i <= limit) {
            return -1;
        }
        char last = line.charAt(i - 1);
        if (last == '、' || last == '.' || last == '，') {
            int k = skipSpacesBack(line, i - 1, limit);
            int start = numberEndingAt(line, k, n, limit);
            if (start >= 0 && start > limit && line.charAt(start - 1) == '第') {
                return start - 1;
            }
            return start;
        }
        if (last == '）' || last == ')') {
            int k = skipSpacesBack(line, i - 1, limit);
            int start = numberEndingAt(line, k, n, limit);
            if (start > limit && (line.charAt(start - 1) == '（' || line.charAt(start - 1) == '(')) {
                return start - 1;
            }
        }
        return -1;
    }

    /** Where the number n written just before {@code end} (二 or 2, not part of a longer number) starts, or -1. */
    private static int numberEndingAt(String line, int end, int n, int limit) {
        if (end - 1 < limit) {
            return -1;
        }
        char c = line.charAt(end - 1);
        if (n <= NUMERALS.length() && c == NUMERALS.charAt(n - 1)) {
            return end - 1 >= limit + 1 && NUMERALS.indexOf(line.charAt(end - 2)) >= 0 ? -1 : end - 1;
        }
        String digits = Integer.toString(n);
        int start = end - digits.length();
        // digits before it are the last row's numbers, glued to it: the title after it says whose number it is
        return start >= limit && line.startsWith(digits, start) ? start : -1;
    }

    private static int skipSpacesBack(String line, int at, int limit) {
        while (at > limit && Chars.isPatternSpace(line.charAt(at - 1))) {
            at--;
        }
        return at;
    }

    private static boolean is2019(String line, int from, int to) {
        String body = line.substring(from, to);
        return TemplateCatalog.ACTIVE_DISCLOSURE_2019_MARKERS.stream().anyMatch(body::contains);
    }

    /**
     * Cuts before each row label found in order in line[from, to) and after the numbers that follow it; a label
     * not found is passed over, so the next one is looked for from the same place.
     */
    private static void rows(String line, int from, int to, List<LabelPattern> labels, List<int[]> cuts) {
        List<int[]> found = new ArrayList<>(); // {start, end, width} of each label
        int at = from;
        for (LabelPattern label : labels) {
            Matcher m = label.pattern().matcher(line).region(at, to);
            while (m.find()) {
                if (!label.carriesNumbers() || numberStartsAt(line, skipSpaces(line, m.end(), to), to)) {
                    found.add(new int[] {m.start(), m.end(), label.width()});
                    at = m.end();
                    break;
                }
            }
        }
        for (int k = 0; k < found.size(); k++) {
            int[] label = found.get(k);
            int limit = k + 1 < found.size() ? found.get(k + 1)[0] : to;
            cuts.add(new int[] {label[0], '\n'});
            int end = numbersAfter(line, label[1], limit);
            if (end > label[1]) {
                spacedNumbers(line, label[1], end, label[2], cuts);
                // a unit of money after the numbers (采购总金额 75394432.52元) stays with them: it says what they are
                cuts.add(new int[] {end + unitAfter(line, end, limit), '\n'});
            }
        }
    }

    /**
     * T3's labels are numbered (1. （三） 一、): a cut before each numbering in its body also parts rows whose label
     * differs from the template's (a typo, a damaged word), which the table reader then tells by its words or place.
     * A numbering's digit glued to the numbers before it is told by what follows it: 1.属于 is a numbering, 1.5 not.
     */
    private static void numberings(String line, int from, int to, List<int[]> cuts) {
        Matcher m = NUMBERING.matcher(line).region(from, to);
        while (m.find()) {
            cuts.add(new int[] {m.start(), '\n'});
        }
    }

    private static final Pattern NUMBERING = Pattern.compile(
            "\\d[.．、]\\s*\\p{IsHan}|[（(][一二三四五六七八九十]{1,2}[）)]\\s*\\p{IsHan}|[一二三四五六七八九十]、\\s*\\p{IsHan}");

    /**
     * The end of the numbers right after a label (glued, or apart by spaces), at most {@code limit} and
     * before a numbering glued to them (00000001.属于: the 1. opens the next row); {@code from} when none follow.
     */
    private static int numbersAfter(String line, int from, int limit) {
        int i = skipSpaces(line, from, limit);
        if (!numberStartsAt(line, i, limit)) {
            return from;
        }
        int end = i;
        while (i < limit) {
            char c = line.charAt(i);
            if (GluedCells.isNumberChar(c)) {
                end = ++i;
            } else if (c == ' ' && numberStartsAt(line, skipSpaces(line, i, limit), limit)) {
                i = skipSpaces(line, i, limit);
            } else {
                break;
            }
        }
        Matcher numbering = NUMBERING.matcher(line).region(from, Math.min(limit, end + 3));
        return numbering.find() && numbering.start() < end ? Math.max(from, numbering.start()) : end;
    }

    /** The length of the unit of money (元, 万元) that starts at {@code at}, before {@code limit}, or 0. */
    private static int unitAfter(String line, int at, int limit) {
        for (String unit : UNITS) {
            if (at + unit.length() <= limit && line.startsWith(unit, at)) {
                return unit.length();
            }
        }
        return 0;
    }

    /** The units of money, the longest first (万元 before 元). */
    private static final String[] UNITS = TemplateCatalog.YUAN_PER_UNIT.keySet().stream()
            .sorted((a, b) -> Integer.compare(b.length(), a.length())).toArray(String[]::new);

    /**
     * Numbers a scraper kept apart with spaces (规章 0 0 0, or a cell's &nbsp;) are the row's cells when there are as
     * many as the row has columns: a tab goes before each. Otherwise some cells are glued and some not: the spaces
     * are dropped and the run left whole, for the glued cells' search to split.
     */
    private static void spacedNumbers(String line, int from, int end, int width, List<int[]> cuts) {
        List<int[]> starts = new ArrayList<>();
        int i = skipSpaces(line, from, end);
        while (i < end) {
            starts.add(new int[] {i, '\t'});
            while (i < end && GluedCells.isNumberChar(line.charAt(i))) {
                i++;
            }
            i = skipSpaces(line, i, end);
        }
        if (starts.size() == width && width > 1) {
            cuts.addAll(starts);
            return;
        }
        for (int k = 1; k < starts.size(); k++) {
            int gapEnd = starts.get(k)[0];
            int gapStart = gapEnd;
            while (line.charAt(gapStart - 1) == ' ') {
                gapStart--;
            }
            cuts.add(new int[] {gapStart, DROP, gapEnd - gapStart});
        }
    }

    private static boolean numberStartsAt(String line, int i, int limit) {
        return i < limit && (Chars.isAsciiDigit(line.charAt(i))
                || (line.charAt(i) == '-' || line.charAt(i) == '+') && i + 1 < limit
                        && Chars.isAsciiDigit(line.charAt(i + 1)));
    }

    private static int skipSpaces(String line, int at, int limit) {
        while (at < limit && Chars.isPatternSpace(line.charAt(at))) {
            at++;
        }
        return at;
    }

    /** T4: its headings, then its fifteen numbers after the last 总计 of the headings. */
    private static void reviewRow(String line, int from, int to, List<int[]> cuts) {
        int total = line.lastIndexOf(TemplateCatalog.OUTCOME_COLUMNS.get(4).label(), to);
        if (total < from) {
            return;
        }
        int start = skipSpaces(line, total + 2, to);
        if (numberStartsAt(line, start, to)) {
            int end = numbersAfter(line, start, to);
            int cells = TemplateCatalog.OUTCOME_COLUMNS.size() * TemplateCatalog.REVIEW_LITIGATION.size();
            spacedNumbers(line, start, end, cells, cuts);
            cuts.add(new int[] {start, '\n'});
            cuts.add(new int[] {end, '\n'});
        }
    }

    /** The agency's name and the date that end the page, each on a line of its own. */
    private static void signature(String line, int from, int to, List<int[]> cuts) {
        Matcher date = DATE_AT_END.matcher(line).region(from, to);
        if (!date.find()) {
            return;
        }
        cuts.add(new int[] {date.start(), '\n'});
        int sentenceEnd = date.start();
        while (sentenceEnd > from && "。；;！!？?".indexOf(line.charAt(sentenceEnd - 1)) < 0
                && date.start() - sentenceEnd <= MAX_AGENCY) {
            sentenceEnd--;
        }
        String agency = line.substring(sentenceEnd, date.start()).strip();
        if (sentenceEnd > from && "。；;！!？?".indexOf(line.charAt(sentenceEnd - 1)) >= 0
                && MetadataReader.AGENCY_SUFFIX.matcher(agency).matches()) {
            cuts.add(new int[] {skipSpaces(line, sentenceEnd, date.start()), '\n'});
        }
    }

    // ---- label patterns, from the template's labels --------------------------------------------------------------

    private static List<LabelPattern> plainLabels(List<RowDef> rows) {
        List<LabelPattern> labels = new ArrayList<>();
        for (RowDef row : rows) {
            List<String> wordings = new ArrayList<>(List.of(row.label()));
            wordings.addAll(TemplateCatalog.labelVariants(row));
            // the official wording first: 行政规范性文件 holds its variant 规范性文件
            labels.add(new LabelPattern(Pattern.compile(String.join("|", wordings.stream().map(FlatPage::body)
                    .toList())), true, row.width()));
        }
        return labels;
    }

    private static List<LabelPattern> applicationLabels() {
        List<String> labels = new ArrayList<>();
        List<RowDef> threeRows = TemplateCatalog.applicationRows(OtherHandlingLayout.THREE_ROWS);
        for (RowDef row : threeRows) {
            String group = TemplateCatalog.applicationGroupBefore(row.key()); // （六）: or the 2019 row of numbers
            if (group != null) {
                labels.add(group);
            }
            labels.add(row.label());
        }
        List<LabelPattern> patterns = new ArrayList<>();
        for (String label : labels) {
            patterns.add(new LabelPattern(numbered(label), false, TemplateCatalog.APPLICANT_COLUMNS.size()));
        }
        return patterns;
    }

    /**
     * The label with its numbering as pages write it (1. 1、 1． / （一） (一) / 一、 一.), spaces allowed around
     * it; a label of more than three characters is found without its numbering too.
     */
    private static Pattern numbered(String label) {
        int numbering = SectionSplitter.numberingLength(label);
        String words = label.substring(numbering);
        String number = numbering == 0 ? "" : label.substring(0, numbering).replaceAll("[\\s.．、（）()]", "");
        String prefix;
        if (number.isEmpty()) {
            prefix = "";
        } else if (label.startsWith("（") || label.startsWith("(")) {
            prefix = "[（(]\\s*" + Pattern.quote(number) + "\\s*[）)]\\s*";
        } else {
            prefix = Pattern.quote(number) + "\\s*[.．、]\\s*";
        }
        boolean mayLackNumbering = Labels.words(words).length() > 3;
        return Pattern.compile(prefix.isEmpty() ? body(words)
                : "(?:" + prefix + ")" + (mayLackNumbering ? "?" : "") + body(words));
    }

    /** The label's words as a pattern: its brackets and marks as either width, a space allowed between any two. */
    private static String body(String words) {
        StringBuilder regex = new StringBuilder();
        for (int i = 0; i < words.length(); i++) {
            char c = words.charAt(i);
            String one = switch (c) {
                case '（', '(' -> "[（(]";
                case '）', ')' -> "[）)]";
                case '，', ',' -> "[，,]";
                case '“', '”', '"' -> "[“”\"]";
                case '：', ':' -> "[：:]";
                default -> Pattern.quote(String.valueOf(c));
            };
            regex.append(one);
            if (i + 1 < words.length()) {
                regex.append(" ?"); // a layout's or a scraper's space between two characters
            }
        }
        return regex.toString();
    }
}
