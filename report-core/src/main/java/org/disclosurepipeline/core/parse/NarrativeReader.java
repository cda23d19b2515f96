package org.disclosurepipeline.core.parse;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import org.disclosurepipeline.core.model.Narrative;
import org.disclosurepipeline.core.parse.FigureWords.Quantity;

/**
 * Reads the figures that the prose states (主动公开政府信息62条, 收到申请1件, 未收到申请); what was carried between years
 * is read by {@link CarryStatements}, which tells 上年度结转 from 结转下年度.
 */
final class NarrativeReader {

    private static final AnchoredPattern ACTIVE_ITEMS = AnchoredPattern.of(
            "主动公开[^。；，,\\d]{0,12}?信息\\s*(\\d+)\\s*条", "主动公开").requiring("信息", 12)
            .countingInSentence();
    private static final AnchoredPattern NO_APPLICATIONS = AnchoredPattern.of(
            "(?:未|没有)(?:收到|接到|受理)[^。；]{0,16}?申请|无依申请公开|依申请公开[^。；]{0,6}?0\\s*件",
            "未收到", "未接到", "未受理", "没有收到", "没有接到", "没有受理", "无依申请公开", "依申请公开");
    private static final AnchoredPattern NO_REVIEW = AnchoredPattern.of(
            "(?:未|没有)(?:引发|发生|产生)?[^。；，\\d]{0,16}?行政复议(?:和|或|、|及|与)?行政诉讼"
                    + "|无行政复议(?:和|或|、|及|与)?行政诉讼", "未", "没有", "无行政复议").requiring("行政复议", 18);

    private static final Map<Quantity, String> NAMES = new EnumMap<>(Map.of(
            Quantity.RECEIVED, Narrative.APPLICATIONS_RECEIVED, Quantity.COMPLETED, Narrative.APPLICATIONS_COMPLETED,
            Quantity.CARRIED_OVER, Narrative.APPLICATIONS_CARRIED_OVER,
            Quantity.CARRIED_FORWARD, Narrative.APPLICATIONS_CARRIED_FORWARD,
            Quantity.REVIEW, Narrative.REVIEW_CASES, Quantity.LITIGATION, Narrative.LITIGATION_CASES));

    private NarrativeReader() {
    }

    /** Every pattern it reads prose with. */
    static List<AnchoredPattern> patterns() {
        return List.of(ACTIVE_ITEMS, NO_APPLICATIONS, NO_REVIEW);
    }

    /** @param reportYear the year the report is for, or null: counts of another year are not this report's */
    static Narrative read(String text, Integer reportYear) {
        String prose = unwrapped(text);
        Map<String, Object> values = new LinkedHashMap<>();
        count(prose, ACTIVE_ITEMS, Narrative.ACTIVE_DISCLOSED_ITEMS, values);
        NarrativeFigures.Read figures = NarrativeFigures.read(prose, reportYear);
        NAMES.forEach((quantity, name) -> {
            if (figures.counts().containsKey(quantity)) {
                values.put(name, figures.counts().get(quantity));
            }
        });
        if (figures.otherYear() != null) {
            values.put(Narrative.APPLICATIONS_OF_OTHER_YEAR, figures.otherYear().longValue());
        }
        if (NO_APPLICATIONS.find(prose) != null) {
            values.put(Narrative.NO_APPLICATIONS, true);
        }
        if (NO_REVIEW.find(prose) != null) {
            values.put(Narrative.NO_REVIEW_OR_LITIGATION, true);
        }
        return Narrative.of(values);
    }

    /**
     * The prose with the line breaks a PDF's layout put inside its sentences taken out where they part two Chinese
     * characters (答 | 复3050件 in 淮安市's report): a word cut so is a word again, and nothing else changes.
     */
    static String unwrapped(String prose) {
        int newline = prose.indexOf('\n');
        if (newline < 0) {
            return prose;
        }
        StringBuilder out = null;
        int copied = 0;
        for (; newline >= 0; newline = prose.indexOf('\n', newline + 1)) {
            int before = newline;
            while (before > copied && isSpace(prose.charAt(before - 1))) {
                before--;
            }
            int after = newline + 1;
            while (after < prose.length() && isSpace(prose.charAt(after))) {
                after++;
            }
            // one line break between two characters of a sentence: a blank line between them parts paragraphs
            if (before > copied && after < prose.length() && isHan(prose.charAt(before - 1))
                    && isHan(prose.charAt(after))) {
                out = out != null ? out : new StringBuilder(prose.length());
                out.append(prose, copied, before);
                copied = after;
            }
        }
        return out == null ? prose : out.append(prose, copied, prose.length()).toString();
    }

    /** White space within a line: the indent a layout puts before a line's text, or after it. */
    private static boolean isSpace(char c) {
        return c != '\n' && Chars.isWhitespace(c);
    }

    private static boolean isHan(char c) {
        return c >= '\u4e00' && c <= '\u9fff';
    }

    private static void count(String prose, AnchoredPattern pattern, String name, Map<String, Object> values) {
        Matcher m = pattern.find(prose);
        if (m != null) {
            values.put(name, Long.parseLong(m.group(1)));
        }
    }
}
