package org.disclosurepipeline.core.parse;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words that say which quantity a count of the prose belongs to, and the few words allowed between them and the
 * count: 受理政府信息公开申请 19 件 is received, 答复网民留言86件 is nothing, 行政复议被纠错0件 is not the review total.
 * Each pattern is matched against the end of the words before a count (or, for {@link #after}, the start of the words
 * after it); a year in a pattern (2023年结转, 结转至2025年) is group "y" and must be the report's previous or next.
 */
final class FigureWords {

    enum Quantity { RECEIVED, CARRIED_OVER, COMPLETED, CARRIED_FORWARD, WITHDRAWN, REVIEW, LITIGATION }

    /** A quantity named by the words next to a count, and where in those words its keyword starts. */
    record Naming(Quantity quantity, int start, boolean explicit) {
    }

    private record Word(Quantity quantity, Pattern pattern, boolean explicit) {
    }

    private static final String APPLICATION = "(?:了|共|共计|合计|累计|总计|各类|已|均|全部|政府信息公开|政府信息|信息公开|依申请公开"
            + "|公开|申请|事项|的|件数|数量|总数|为|\\s)*";
    private static final String CASES = "(?:案件|的案件|申请|共|共计|合计|为|数量|各|\\s)*";
    private static final String NEXT_YEAR = "(?:下一?年度?|次年度?|(?<y>\\d{4})\\s*年度?)";

    /** Before a count, nearest keyword first; explicit words (新收, 上年结转) also count inside 其中/含. */
    private static final List<Word> BEFORE = List.of(
            new Word(Quantity.CARRIED_OVER, Pattern.compile("(?:上一?年度?|去年|以前年度|(?<y>\\d{4})\\s*年度?的?)结转"
                    + APPLICATION + "$"), true),
            new Word(Quantity.CARRIED_FORWARD, Pattern.compile("(?:(?:结转|顺延|转入|转至|转到)(?:至|到|入)?" + NEXT_YEAR
                    + "|(?<![年度上去])结转(?![下次至到入\\d])|顺延)(?:继续|办理|答复|的|申请|共|共计|为|\\s)*$"), true),
            new Word(Quantity.RECEIVED, Pattern.compile("新收" + APPLICATION + "$"), true),
            new Word(Quantity.RECEIVED, Pattern.compile("(?:收到|受理|接到|接收)(?:[^\\d复诉访议案言]{0,24}申请"
                    + "|依申请公开)" + APPLICATION + "$"), false),
            new Word(Quantity.COMPLETED, Pattern.compile("(?<!终止)(?<!不再)(?<!不予)(?<!其他)(?<![需待])(?:办结|答复|办理|处理)"
                    + APPLICATION + "$"), false),
            new Word(Quantity.WITHDRAWN, Pattern.compile("(?:撤销|撤回|终止)[^\\d]{0,12}$"), false),
            new Word(Quantity.REVIEW, Pattern.compile("(?<!经)(?:行政)?复议" + CASES + "$"), false),
            new Word(Quantity.LITIGATION, Pattern.compile("(?:行政)?诉讼" + CASES + "$"), false));

    /** After a count with nothing before it: 103件顺延到下年度, 2件均已办结, 8件申请人主动撤销. */
    private static final List<Word> AFTER = List.of(
            new Word(Quantity.CARRIED_FORWARD, Pattern.compile("^[^\\d]{0,10}?(?:结转|顺延|转入)(?:至|到|入)?" + NEXT_YEAR),
                    true),
            new Word(Quantity.WITHDRAWN, Pattern.compile("^[^\\d]{0,8}?(?:撤销|撤回)"), false),
            new Word(Quantity.COMPLETED, Pattern.compile("^(?:均|已|全部|按时|按期|\\s)*(?:办结|答复)"), false));

    /** 政府信息公开申请数量为6件: the applications received, named by their noun alone. */
    private static final Pattern RECEIVED_NOUN = Pattern.compile(
            "(?:政府信息公开|依申请公开)申请(?:数量|件数|总数|总量)?(?:共计|合计|共|为|\\s)+$");
    /** 行政复议和行政诉讼各1件: one count, both quantities. */
    static final Pattern BOTH_CASES = Pattern.compile("行政复议(?:和|与|及|、)行政诉讼(?:案件)?各\\s*$");

    private FigureWords() {
    }

    /**
     * The quantity the words before a count name, nearest keyword first, but an explicit one (上年结转, 结转下年度, 新收)
     * over any other: in 结转下年度继续办理1件 the 办理 belongs to the carry; null when none does.
     */
    static Naming before(String words, Integer reportYear) {
        Naming best = null;
        for (Word w : BEFORE) {
            Matcher m = w.pattern().matcher(words);
            if (!m.find() || !yearFits(m, reportYear, w.quantity())) {
                continue;
            }
            if (best == null || w.explicit() && !best.explicit()
                    || w.explicit() == best.explicit() && m.start() > best.start()) {
                best = new Naming(w.quantity(), m.start(), w.explicit());
            }
        }
        if (best == null && RECEIVED_NOUN.matcher(words).find()) {
            best = new Naming(Quantity.RECEIVED, 0, false);
        }
        return best;
    }

    /** The quantity the words after a count name, or null. */
    static Naming after(String words, Integer reportYear) {
        for (Word w : AFTER) {
            Matcher m = w.pattern().matcher(words);
            if (m.find() && yearFits(m, reportYear, w.quantity())) {
                return new Naming(w.quantity(), 0, w.explicit());
            }
        }
        return null;
    }

    /** A year in a carry statement must be the one before the report's (from) or after it (to). */
    private static boolean yearFits(Matcher m, Integer reportYear, Quantity q) {
        String y = m.pattern().pattern().contains("?<y>") ? m.group("y") : null;
        if (y == null) {
            return true;
        }
        int shift = q == Quantity.CARRIED_OVER ? -1 : 1;
        return reportYear != null && Integer.parseInt(y) == reportYear + shift;
    }
}
