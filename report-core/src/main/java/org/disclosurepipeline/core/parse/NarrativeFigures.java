package org.disclosurepipeline.core.parse;

import java.util.EnumMap;
import java.util.Map;
import org.disclosurepipeline.core.parse.FigureWords.Quantity;

/**
 * The counts the prose states, each given to the quantity its own words name rather than to the nearest keyword:
 * in 受理申请19件，其中11件办结，8件申请人主动撤销 only 19 is a total; in 答复3278件（含上年度结转申请77件，另有58件顺延到
 * 下年度答复） 77 came from last year and 58 go to next year.
 * <ul>
 * <li>A count is "N 件/起"; the words before it in its clause (up to the previous count) name its quantity, or, when
 * none do, the words after it (2件结转至下一年度).</li>
 * <li>Inside 其中 / 含 (to the end of the sentence or of the bracket) a count is part of a total: only the explicit
 * 新收, 上年结转 and 结转下年度 are taken, and 收到申请12件，其中上年结转2件 no longer says how many were new.</li>
 * <li>A count in a sentence about another year (2023年，…收到申请4件) is not this report's; the first such count of
 * applications, in a sentence that does not name the report's year, is kept as {@link Read#otherYear()}.</li>
 * <li>A sentence that names no year speaks of the year of the sentence before it in its paragraph.</li>
 * <li>The first count of each quantity in the prose is the one kept. A count nothing names is not read.</li>
 * </ul>
 */
final class NarrativeFigures {

    private static final String SENTENCE_ENDS = "。；;！？!?\n";

    record Read(Map<Quantity, Long> counts, Integer otherYear) {
    }

    private NarrativeFigures() {
    }

    static Read read(String prose, Integer reportYear) {
        Map<Quantity, Long> counts = new EnumMap<>(Quantity.class);
        Integer otherYear = null;
        Integer paragraphYear = null;
        int start = 0;
        while (start < prose.length()) {
            int end = start;
            while (end < prose.length() && SENTENCE_ENDS.indexOf(prose.charAt(end)) < 0) {
                end++;
            }
            Sentence sentence = new Sentence(prose.substring(start, end), reportYear, paragraphYear);
            Integer other = sentence.read(counts);
            otherYear = otherYear == null ? other : otherYear;
            // a sentence without a year speaks of the year of the one before it, up to the paragraph's end
            paragraphYear = end < prose.length() && prose.charAt(end) == '\n' ? null : sentence.lastYear();
            start = end + 1;
        }
        return new Read(counts, otherYear);
    }
}
