package org.disclosurepipeline.core.parse;

/**
 * What the prose says was carried between years, read from each statement's grammar rather than from the number
 * nearest to the word 结转: in 答复3050件（含上年度结转申请34件，另有103件顺延到下年度答复）, 34 came <em>from</em> last
 * year (T3 row 二) and 103 go <em>to</em> next year (T3 row 四).
 * <ul>
 * <li>From last year: 上年度结转 / 上年结转 / 上一年度结转 / 去年结转, then the count (含上年度结转申请34件).</li>
 * <li>To next year: 结转 / 顺延 / 转入 / 转至 / 转到, maybe 到 / 至 / 入, then 下年度 / 下一年度 / 下年 / 次年, with its count
 * after (结转下年度继续办理103件) or before it in the same clause (另有103件顺延到下年度); and a bare 结转 with its count
 * after (结转1件), as reports write it beside 办结 N 件.</li>
 * <li>Not read: 结转 after a year (2023年结转 — from which year is not said), and a statement whose count is not in
 * its own clause.</li>
 * </ul>
 */
final class CarryStatements {

    private static final String[] VERBS = {"结转", "顺延", "转入", "转至", "转到"};
    private static final String[] FROM_LAST_YEAR = {"上一年度", "上一年", "上年度", "上年", "去年", "以前年度"};
    private static final String[] TO_NEXT_YEAR = {"下一年度", "下一年", "下年度", "下年", "次年度", "次年"};
    /** Ends of a clause: a count is looked for only inside the clause of its verb. */
    private static final String CLAUSE_ENDS = "。；;，,、：:（）()！？";
    /** How far (in characters) a count may stand from the words it belongs to: 申请按照《条例》 fits. */
    private static final int REACH = 12;

    /** The counts found: null when the prose states none. */
    record Counts(Long fromLastYear, Long toNextYear) {
    }

    private CarryStatements() {
    }

    static Counts read(String prose) {
        Long from = null;
        Long to = null;
        for (int v = nextVerb(prose, 0); v >= 0 && (from == null || to == null); v = nextVerb(prose, v + 2)) {
            int verbEnd = v + 2;
            boolean bare = prose.startsWith("结转", v);
            if (endsWithAny(prose, v, FROM_LAST_YEAR)) {
                if (from == null && bare) {
                    from = countAfter(prose, verbEnd);
                }
                continue;
            }
            if (to != null) {
                continue;
            }
            int afterLink = skipLink(prose, verbEnd);
            int nextYear = startsWithAny(prose, afterLink, TO_NEXT_YEAR);
            if (nextYear > 0) {
                Long after = countAfter(prose, afterLink + nextYear);
                to = after != null ? after : countBefore(prose, v);
            } else if (bare && !(v > 0 && (prose.charAt(v - 1) == '年' || prose.charAt(v - 1) == '度'))) {
                // 结转1件 beside 办结 N 件 means to next year; 2023年结转 does not say which way
                to = countAfter(prose, verbEnd);
            }
        }
        return new Counts(from, to);
    }

    /** Where the next of the VERBS starts, from {@code from}, or -1: found by their first characters. */
    private static int nextVerb(String prose, int from) {
        for (int i = first(prose, from); i >= 0 && i + 1 < prose.length(); i = first(prose, i + 1)) {
            for (String verb : VERBS) {
                if (verb.charAt(0) == prose.charAt(i) && prose.charAt(i + 1) == verb.charAt(1)) {
                    return i;
                }
            }
        }
        return -1;
    }

    /** The first 结, 顺 or 转 from {@code from} (String.indexOf, which the JDK runs fast), or -1. */
    private static int first(String prose, int from) {
        int first = -1;
        for (char c : VERB_STARTS) {
            int at = prose.indexOf(c, from);
            first = at >= 0 && (first < 0 || at < first) ? at : first;
        }
        return first;
    }

    private static final char[] VERB_STARTS = {'结', '顺', '转'};

    /** 到 / 至 / 入 between the verb and the year it points to. */
    private static int skipLink(String prose, int at) {
        at = skipSpaces(prose, at);
        if (at < prose.length() && "到至入".indexOf(prose.charAt(at)) >= 0) {
            at = skipSpaces(prose, at + 1);
        }
        return at;
    }

    /** The count N of "N 件" that follows within the clause, across at most REACH other characters. */
    private static Long countAfter(String prose, int from) {
        int i = from;
        while (i < prose.length() && i - from <= REACH && !Chars.isAsciiDigit(prose.charAt(i))) {
            if (CLAUSE_ENDS.indexOf(prose.charAt(i)) >= 0) {
                return null;
            }
            i++;
        }
        int digits = i;
        while (i < prose.length() && Chars.isAsciiDigit(prose.charAt(i))) {
            i++;
        }
        if (i == digits || i - digits > 9) {
            return null;
        }
        int unit = skipSpaces(prose, i);
        return unit < prose.length() && prose.charAt(unit) == '件' ? Long.valueOf(prose.substring(digits, i)) : null;
    }

    /** The count N of "N 件" that stands before the verb at {@code verb} in its clause, at most REACH characters off. */
    private static Long countBefore(String prose, int verb) {
        int unit = verb - 1;
        while (unit >= 0 && verb - unit <= REACH + 1 && prose.charAt(unit) != '件') {
            if (CLAUSE_ENDS.indexOf(prose.charAt(unit)) >= 0 || Chars.isAsciiDigit(prose.charAt(unit))) {
                return null;
            }
            unit--;
        }
        if (unit < 0 || prose.charAt(unit) != '件') {
            return null;
        }
        int end = unit;
        while (end > 0 && Chars.isPatternSpace(prose.charAt(end - 1))) {
            end--;
        }
        int start = end;
        while (start > 0 && Chars.isAsciiDigit(prose.charAt(start - 1))) {
            start--;
        }
        return start < end && end - start <= 9 ? Long.valueOf(prose.substring(start, end)) : null;
    }

    private static boolean endsWithAny(String prose, int end, String[] words) {
        int at = end;
        while (at > 0 && Chars.isPatternSpace(prose.charAt(at - 1))) {
            at--;
        }
        for (String word : words) {
            if (at >= word.length() && prose.startsWith(word, at - word.length())) {
                return true;
            }
        }
        return false;
    }

    /** The length of the first of the words that starts at {@code at}, or 0. */
    private static int startsWithAny(String prose, int at, String[] words) {
        for (String word : words) {
            if (prose.startsWith(word, at)) {
                return word.length();
            }
        }
        return 0;
    }

    private static int skipSpaces(String prose, int at) {
        while (at < prose.length() && Chars.isPatternSpace(prose.charAt(at))) {
            at++;
        }
        return at;
    }
}
