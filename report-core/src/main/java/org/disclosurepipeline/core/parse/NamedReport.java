package org.disclosurepipeline.core.parse;

/**
 * The report a text says it is, for reports without a title line: 现公布通榆县边昭镇2024年政府信息公开工作年度报告 names
 * 通榆县边昭镇 and 2024. What it finds is what the first match of
 * {@code (?:现公布|现予公布|现将|公布|发布)?([\u4e00-\u9fa5]{2,24}?)(\d{4})\s*年度?政府信息公开工作年度报告} gives; it is
 * read backwards from the closing words by hand, because the regex engine would try every place of the preamble.
 *
 * @param agency the name before the year (group 1)
 * @param year   the year's four digits (group 2)
 * @param start  where the match starts
 */
record NamedReport(String agency, String year, int start) {

    private static final String WORDS = "政府信息公开工作年度报告";
    private static final String[] VERBS = {"现公布", "现予公布", "现将", "公布", "发布"};
    private static final int MIN_NAME = 2;
    private static final int MAX_NAME = 24;
    private static final int MAX_VERB = 4;

    /** The first report the text names, or null. */
    static NamedReport find(String text) {
        NamedReport first = null;
        for (int w = text.indexOf(WORDS); w >= 0; w = text.indexOf(WORDS, w + 1)) {
            NamedReport here = endingAt(text, w);
            if (here != null && (first == null || here.start < first.start)) {
                first = here;
            }
        }
        return first;
    }

    /** The leftmost match whose closing words stand at {@code words}. */
    private static NamedReport endingAt(String text, int words) {
        int i = words;
        if (i > 0 && text.charAt(i - 1) == '度') {
            i--;
        }
        if (i == 0 || text.charAt(i - 1) != '年') {
            return null;
        }
        i--;
        while (i > 0 && Chars.isPatternSpace(text.charAt(i - 1))) {
            i--;
        }
        int year = i - 4;
        for (int d = year; d < i; d++) {
            if (d < 0 || text.charAt(d) < '0' || text.charAt(d) > '9') {
                return null;
            }
        }
        int run = year; // the name is made of Chinese characters only, so it ends right before the year
        while (run > 0 && isHan(text.charAt(run - 1)) && year - run < MAX_VERB + MAX_NAME) {
            run--;
        }
        for (int p = run; p <= year - MIN_NAME; p++) {
            for (String verb : VERBS) {
                int name = year - p - verb.length();
                if (text.startsWith(verb, p) && name >= MIN_NAME && name <= MAX_NAME) {
                    return new NamedReport(text.substring(p + verb.length(), year), text.substring(year, i), p);
                }
            }
            if (year - p <= MAX_NAME) {
                return new NamedReport(text.substring(p, year), text.substring(year, i), p);
            }
        }
        return null;
    }

    private static boolean isHan(char c) {
        return c >= '\u4e00' && c <= '\u9fa5';
    }
}
