package org.disclosurepipeline.core.parse;

/** The year a sentence speaks of at a place in it, for {@link Sentence}. */
final class SentenceYear {

    /** How far back a sentence's year is looked for: its opening words, in any sentence a clerk writes. */
    private static final int YEAR_REACH = 300;

    private SentenceYear() {
    }

    /**
     * The year the sentence speaks of at {@code at}: the last "YYYY年" before it (else the paragraph's), not counting
     * a year compared with (较2023年, 与2023年相比) or one a carry statement names (2023年结转, 结转至2025年).
     */
    static Integer at(String text, int at, Integer inheritedYear) {
        Integer year = inheritedYear;
        for (int i = Math.max(0, at - YEAR_REACH); i + 4 < at; i++) {
            if (!isYear(text, i)) {
                continue;
            }
            int after = i + 4;
            while (after < text.length() && Chars.isPatternSpace(text.charAt(after))) {
                after++;
            }
            if (after >= text.length() || text.charAt(after) != '年') {
                continue;
            }
            String rest = text.substring(after + 1, Math.min(text.length(), after + 4));
            String lead = text.substring(Math.max(0, i - 2), i);
            boolean carry = rest.startsWith("结转") || rest.startsWith("度结转") || rest.startsWith("的结转")
                    || rest.startsWith("度的结转") || lead.endsWith("结转") || lead.endsWith("至") || lead.endsWith("到");
            boolean compared = lead.endsWith("较") || lead.endsWith("与") || lead.endsWith("比") || lead.endsWith("于");
            if (!carry && !compared) {
                year = Integer.valueOf(text.substring(i, i + 4));
            }
            i += 3;
        }
        return year;
    }

    private static boolean isYear(String text, int i) {
        for (int k = i; k < i + 4; k++) {
            if (!Chars.isAsciiDigit(text.charAt(k))) {
                return false;
            }
        }
        return (i == 0 || !Chars.isAsciiDigit(text.charAt(i - 1))) && text.charAt(i) >= '1' && text.charAt(i) <= '2';
    }
}
