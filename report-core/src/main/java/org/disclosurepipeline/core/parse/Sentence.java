package org.disclosurepipeline.core.parse;

import java.util.EnumMap;
import java.util.Map;
import org.disclosurepipeline.core.parse.FigureWords.Naming;
import org.disclosurepipeline.core.parse.FigureWords.Quantity;

/** One sentence read for {@link NarrativeFigures}: its clauses, its 其中/含 parts and the year it speaks of. */
final class Sentence {

    private static final String CLAUSE_ENDS = "，,：:（）()";
    private static final int WINDOW = 40;

    private final String text;
    private final Integer reportYear;
    private final Integer inheritedYear;
    private final Map<Quantity, Long> found = new EnumMap<>(Quantity.class);

    /** @param inheritedYear the year the paragraph's previous sentence spoke of, or null */
    Sentence(String text, Integer reportYear, Integer inheritedYear) {
        this.text = text;
        this.reportYear = reportYear;
        this.inheritedYear = inheritedYear;
    }

    /** The year the sentence speaks of at its end, for the next sentence of the paragraph. */
    Integer lastYear() {
        return SentenceYear.at(text, text.length(), inheritedYear);
    }

    /** Adds the sentence's counts to {@code counts} (first one wins); the other year it counts applications of. */
    Integer read(Map<Quantity, Long> counts) {
        Integer otherYear = null;
        int partOf = -1; // bracket depth at which a 其中/含 part opened, or -1
        int depth = 0;
        int from = 0; // where the words of the next count start
        Quantity lastWhole = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '（' || c == '(') {
                depth++;
            } else if (c == '）' || c == ')') {
                depth--;
                partOf = partOf > depth ? -1 : partOf;
            }
            if (CLAUSE_ENDS.indexOf(c) >= 0) {
                from = i + 1;
                if (opensPart(i + 1)) {
                    partOf = partOf < 0 ? depth : partOf;
                }
                continue;
            }
            if (i == 0 && opensPart(0)) {
                partOf = 0;
            }
            if (!Chars.isAsciiDigit(c) || i > 0 && Chars.isAsciiDigit(text.charAt(i - 1))) {
                continue;
            }
            int digitsEnd = i;
            while (digitsEnd < text.length() && Chars.isAsciiDigit(text.charAt(digitsEnd))) {
                digitsEnd++;
            }
            int unit = digitsEnd;
            while (unit < text.length() && Chars.isPatternSpace(text.charAt(unit))) {
                unit++;
            }
            if (unit >= text.length() || "件起".indexOf(text.charAt(unit)) < 0 || digitsEnd - i > 9) {
                i = digitsEnd - 1;
                continue;
            }
            long value = Long.parseLong(text.substring(i, digitsEnd));
            String before = text.substring(Math.max(from, i - WINDOW), i);
            Naming naming = FigureWords.before(before, reportYear);
            boolean both = naming != null && naming.quantity() == Quantity.LITIGATION
                    && FigureWords.BOTH_CASES.matcher(before).find();
            if (naming == null) {
                naming = FigureWords.after(after(unit + 1), reportYear);
            }
            from = unit + 1;
            i = unit;
            if (naming == null || partOf >= 0 && !naming.explicit()) {
                continue;
            }
            Integer year = SentenceYear.at(text, i, inheritedYear);
            if (year != null && reportYear != null && !year.equals(reportYear)) {
                boolean applications = naming.quantity() == Quantity.RECEIVED
                        || naming.quantity() == Quantity.COMPLETED;
                if (applications && otherYear == null && !text.replace(" ", "").contains(reportYear + "年")) {
                    otherYear = year;
                }
                continue;
            }
            if (partOf >= 0 && naming.quantity() == Quantity.CARRIED_OVER && lastWhole == Quantity.RECEIVED) {
                found.remove(Quantity.RECEIVED); // 收到申请12件（含上年结转2件）: 12 is not the new ones
            }
            found.putIfAbsent(naming.quantity(), value);
            if (both) {
                found.putIfAbsent(Quantity.REVIEW, value);
            }
            lastWhole = partOf < 0 ? naming.quantity() : lastWhole;
        }
        found.forEach(counts::putIfAbsent);
        return otherYear;
    }

    /** Whether the clause starting at {@code at} opens a part of a total: 其中…, 含…, 包括…. */
    private boolean opensPart(int at) {
        while (at < text.length() && Chars.isPatternSpace(text.charAt(at))) {
            at++;
        }
        return text.startsWith("其中", at) || text.startsWith("含", at) || text.startsWith("包括", at);
    }

    /** The words after a count, to the end of its clause. */
    private String after(int at) {
        int end = at;
        while (end < text.length() && end - at < WINDOW && CLAUSE_ENDS.indexOf(text.charAt(end)) < 0) {
            end++;
        }
        return text.substring(at, end);
    }
}
