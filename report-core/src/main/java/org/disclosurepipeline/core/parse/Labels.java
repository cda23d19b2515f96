package org.disclosurepipeline.core.parse;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.disclosurepipeline.core.template.RowDef;
import org.disclosurepipeline.core.template.TemplateCatalog;

/**
 * Compares labels the way a reader does: without numbering (一、 1. （一）), spaces and punctuation, and with room for
 * a typo or two in long labels.
 */
final class Labels {

    /** The words of every official row label, worked out once. */
    private static final Map<RowDef, String> OFFICIAL = officialWords();

    private Labels() {
    }

    private static Map<RowDef, String> officialWords() {
        Map<RowDef, String> words = new IdentityHashMap<>();
        TemplateCatalog.allRows().forEach(row -> words.put(row, words(row.label())));
        return words;
    }

    private static final Map<RowDef, List<String>> CELL_KEYS = cellKeysByRow();

    private static Map<RowDef, List<String>> cellKeysByRow() {
        Map<RowDef, List<String>> keys = new IdentityHashMap<>();
        TemplateCatalog.allRows().forEach(row -> keys.put(row, row.cellKeys()));
        return keys;
    }

    /** The dotted keys of a row's cells, worked out once. */
    static List<String> cellKeys(RowDef row) {
        List<String> keys = CELL_KEYS.get(row);
        return keys != null ? keys : row.cellKeys();
    }

    /** The words of a row's official label. */
    static String official(RowDef row) {
        String words = OFFICIAL.get(row);
        return words != null ? words : words(row.label());
    }

    /** The label's words only: no numbering prefix, whitespace, brackets or punctuation. */
    static String words(String label) {
        StringBuilder out = new StringBuilder(label.length());
        for (int i = 0; i < label.length(); i++) {
            char c = label.charAt(i);
            if (Character.isWhitespace(c) || isPunctuation(c)) {
                continue;
            }
            out.append(c);
        }
        return stripNumbering(out.toString());
    }

    private static boolean isPunctuation(char c) {
        return "，,、。.:：;；“”\"'‘’()（）[]【】《》〈〉<>-—_·*".indexOf(c) >= 0;
    }

    /** Removes leading enumeration such as 一 / 三 / 1 / 12 left after punctuation was dropped. */
    private static String stripNumbering(String s) {
        int i = 0;
        while (i < s.length() && (Character.isDigit(s.charAt(i)) || isChineseNumeral(s.charAt(i)))) {
            i++;
        }
        // keep labels that are themselves numerals-led words, such as 三安全一稳定 inside a row label
        return i > 0 && i <= 2 && i < s.length() ? s.substring(i) : s;
    }

    private static boolean isChineseNumeral(char c) {
        return "一二三四五六七八九十".indexOf(c) >= 0;
    }

    /** True when the found text is the official label, allowing small typos in long labels. */
    static boolean matches(String foundWords, String officialWords) {
        if (foundWords.equals(officialWords)) {
            return true;
        }
        int allowed = officialWords.length() >= 8 ? officialWords.length() / 8 : 0;
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
        return editDistance(foundWords, officialWords, allowed) <= allowed;
    }

    /** Levenshtein distance, giving up (returning limit + 1) once it exceeds the limit. */
    static int editDistance(String a, String b, int limit) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            int rowMin = cur[0];
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
                rowMin = Math.min(rowMin, cur[j]);
            }
            if (rowMin > limit) {
                return limit + 1;
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
