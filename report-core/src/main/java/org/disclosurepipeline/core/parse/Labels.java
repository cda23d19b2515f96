package org.disclosurepipeline.core.parse;

import java.util.IdentityHashMap;
import java.util.Map;
import org.disclosurepipeline.core.template.RowDef;
import org.disclosurepipeline.core.template.TemplateCatalog;

/**
 * Compares labels the way a reader does: without numbering (一、 1. （一）), spaces and punctuation, and with room for
 * a typo or two in long labels.
 */
final class Labels {

    private static final String PUNCTUATION = "，,、。.:：;；“”\"'‘’()（）[]【】《》〈〉<>-—_·*";
    /** What a label's words leave out: white space and punctuation (declared first: the labels below need it). */
    private static final long[] DROPPED = Chars.table(c -> Character.isWhitespace(c) || PUNCTUATION.indexOf(c) >= 0);

    /** What numbering is made of: digits (Character.isDigit) and the Chinese numerals 一 to 十. */
    private static final long[] NUMBERING = Chars.table(c -> Character.isDigit(c) || "一二三四五六七八九十".indexOf(c) >= 0);

    /** The words of every official row label, worked out once. */
    private static final Map<RowDef, String> OFFICIAL = officialWords();

    private Labels() {
    }

    private static Map<RowDef, String> officialWords() {
        Map<RowDef, String> words = new IdentityHashMap<>();
        TemplateCatalog.allRows().forEach(row -> words.put(row, words(row.label())));
        return words;
    }

    /** The words of each row's known label variants (TemplateCatalog.LABEL_VARIANTS), for the few that have some. */
    private static final Map<RowDef, String[]> VARIANTS = variantWords();

    private static Map<RowDef, String[]> variantWords() {
        Map<RowDef, String[]> words = new IdentityHashMap<>();
        TemplateCatalog.allRows().forEach(row -> {
            if (!TemplateCatalog.labelVariants(row).isEmpty()) {
                words.put(row, TemplateCatalog.labelVariants(row).stream().map(Labels::words).toArray(String[]::new));
            }
        });
        return words;
    }

    private static final String[] NO_VARIANTS = {};

    /** The words of the known variants of a row's label (TemplateCatalog.LABEL_VARIANTS); empty for most rows. */
    static String[] variants(RowDef row) {
        return VARIANTS.getOrDefault(row, NO_VARIANTS);
    }

    /** True when the found words are one of the variants' words, exactly. */
    static boolean isVariant(String foundWords, String[] variants) {
        for (String variant : variants) {
            if (variant.equals(foundWords)) {
                return true;
            }
        }
        return false;
    }

    /** How many characters the two texts share in order (their longest common subsequence). */
    static int commonLength(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                current[j] = a.charAt(i - 1) == b.charAt(j - 1) ? previous[j - 1] + 1
                        : Math.max(previous[j], current[j - 1]);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }

    /** The words of a row's official label. */
    static String official(RowDef row) {
        String words = OFFICIAL.get(row);
        return words != null ? words : words(row.label());
    }

    /** The label's words only: no numbering prefix, whitespace, brackets or punctuation. */
    static String words(String label) {
        for (int i = 0; i < label.length(); i++) {
            if (isDropped(label.charAt(i))) {
                return words(label.toCharArray(), 0, label.length());
            }
        }
        // most labels have nothing to drop: the label itself, or a part of it, without copying
        int from = numberingLength(label);
        return from == 0 ? label : label.substring(from);
    }

    /** {@link #words(String)} of the text chars[from, to), without making that text a string first. */
    static String words(char[] chars, int from, int to) {
        int dropped = 0;
        for (int i = from; i < to; i++) {
            dropped += isDropped(chars[i]) ? 1 : 0;
        }
        if (dropped == 0) {
            int numbering = numberingLength(chars, from, to - from);
            return new String(chars, from + numbering, to - from - numbering);
        }
        char[] kept = new char[to - from - dropped];
        int length = 0;
        for (int i = from; i < to; i++) {
            if (!isDropped(chars[i])) {
                kept[length++] = chars[i];
            }
        }
        int numbering = numberingLength(kept, 0, length);
        return new String(kept, numbering, length - numbering);
    }

    private static boolean isDropped(char c) {
        return Chars.in(DROPPED, c);
    }

    /**
     * How many leading enumeration characters (一 / 三 / 1 / 12, left after punctuation was dropped) to remove: one
     * or two, and only when words remain; labels led by more numerals, such as 三安全一稳定 inside a row label, keep
     * them.
     */
    private static int numberingLength(String s) {
        int i = 0;
        while (i < s.length() && isNumbering(s.charAt(i))) {
            i++;
        }
        return i > 0 && i <= 2 && i < s.length() ? i : 0;
    }

    private static int numberingLength(char[] chars, int from, int length) {
        int i = 0;
        while (i < length && isNumbering(chars[from + i])) {
            i++;
        }
        return i > 0 && i <= 2 && i < length ? i : 0;
    }

    private static boolean isNumbering(char c) {
        return Chars.in(NUMBERING, c);
    }

    /** How many typos an official label's words allow: one per eight characters, none in a short label. */
    static int allowedEdits(String officialWords) {
        return officialWords.length() >= 8 ? officialWords.length() / 8 : 0;
    }

    /** True when the found text is the official label, allowing small typos in long labels. */
    static boolean matches(String foundWords, String officialWords) {
        if (foundWords.equals(officialWords)) {
            return true;
        }
        int allowed = allowedEdits(officialWords);
        if (allowed == 0 || Math.abs(foundWords.length() - officialWords.length()) > allowed) {
            return false;
        }
        // each character the official label lacks needs an edit: a cheap way to turn most strangers away
        int foreign = 0;
        for (int i = 0; i < foundWords.length(); i++) {
            if (officialWords.indexOf(foundWords.charAt(i)) < 0 && ++foreign > allowed) {
                return false;
            }
        }
        // what the two share at their ends takes no edit: only the parts in between are compared
        int prefix = 0;
        int shorter = Math.min(foundWords.length(), officialWords.length());
        while (prefix < shorter && foundWords.charAt(prefix) == officialWords.charAt(prefix)) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < shorter - prefix && foundWords.charAt(foundWords.length() - 1 - suffix)
                == officialWords.charAt(officialWords.length() - 1 - suffix)) {
            suffix++;
        }
        String found = foundWords.substring(prefix, foundWords.length() - suffix);
        String official = officialWords.substring(prefix, officialWords.length() - suffix);
        return editDistance(found, official, allowed) <= allowed;
    }

    /**
     * Levenshtein distance, giving up (returning limit + 1) once it exceeds the limit. Only the cells within
     * {@code limit} of the diagonal can hold a distance within the limit, so only those are worked out.
     */
    static int editDistance(String a, String b, int limit) {
        int n = a.length();
        int m = b.length();
        if (Math.abs(n - m) > limit) {
            return limit + 1;
        }
        int beyond = limit + 1;
        int[] prev = new int[m + 1];
        int[] cur = new int[m + 1];
        for (int j = 0; j <= m; j++) {
            prev[j] = Math.min(j, beyond);
        }
        for (int i = 1; i <= n; i++) {
            int from = Math.max(1, i - limit);
            int to = Math.min(m, i + limit);
            cur[from - 1] = from == 1 ? Math.min(i, beyond) : beyond;
            int rowMin = cur[from - 1];
            char ca = a.charAt(i - 1);
            for (int j = from; j <= to; j++) {
                int cost = ca == b.charAt(j - 1) ? 0 : 1;
                int above = j <= i - 1 + limit ? prev[j] : beyond;
                int d = Math.min(Math.min(cur[j - 1] + 1, above + 1), prev[j - 1] + cost);
                cur[j] = Math.min(d, beyond);
                rowMin = Math.min(rowMin, cur[j]);
            }
            if (rowMin > limit) {
                return beyond;
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[m];
    }
}
