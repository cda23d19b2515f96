package org.disclosurepipeline.core.parse;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.disclosurepipeline.core.template.RowDef;
import org.disclosurepipeline.core.template.TemplateCatalog;

/**
 * The words of every official row label and group heading, for a layout that must tell where a label starts and
 * whether it is complete (labels wrapped over lines in PDF text). Exact answers come from sets; only a text that is
 * no label exactly is compared with each label, allowing typos.
 */
final class KnownLabels {

    private static final String NUMERALS = "一二三四五六七八九十";
    private static final List<String> LABELS = labels();
    private static final Set<String> EXACT = Set.copyOf(LABELS);
    /** Every beginning of two or more characters of a label, the label itself included. */
    private static final Set<String> BEGINNINGS = beginnings();

    private KnownLabels() {
    }

    /** True when the text starts a label: it is numbered (三、 （一） 1.) or its words begin a known label. */
    static boolean startsLabel(String text) {
        return isNumbered(text) || BEGINNINGS.contains(Labels.words(text));
    }

    /**
     * True when the text starts with a label's numbering: 三、 （一） (3) 12. 1、 — what
     * {@code ^(?:[一二三四五六七八九十]+[、.]|[（(][一二三四五六七八九十\d]+[）)]|\d+\s*[.．、])} matches, read by hand:
     * it is asked of every cell of a PDF's table.
     */
    static boolean isNumbered(String text) {
        int n = text.length();
        if (n == 0) {
            return false;
        }
        char first = text.charAt(0);
        if (NUMERALS.indexOf(first) >= 0) {
            int i = 1;
            while (i < n && NUMERALS.indexOf(text.charAt(i)) >= 0) {
                i++;
            }
            return i < n && (text.charAt(i) == '、' || text.charAt(i) == '.');
        }
        if (first == '（' || first == '(') {
            int i = 1;
            while (i < n && (NUMERALS.indexOf(text.charAt(i)) >= 0 || Chars.isAsciiDigit(text.charAt(i)))) {
                i++;
            }
            return i > 1 && i < n && (text.charAt(i) == '）' || text.charAt(i) == ')');
        }
        if (Chars.isAsciiDigit(first)) {
            int i = 1;
            while (i < n && Chars.isAsciiDigit(text.charAt(i))) {
                i++;
            }
            while (i < n && Chars.isPatternSpace(text.charAt(i))) {
                i++;
            }
            return i < n && (text.charAt(i) == '.' || text.charAt(i) == '．' || text.charAt(i) == '、');
        }
        return false;
    }

    /** True when the text is a known label, allowing a typo, or ends with one of four characters or more. */
    static boolean isLabel(String text) {
        String words = Labels.words(text);
        if (EXACT.contains(words)) {
            return true;
        }
        if (words.isEmpty()) {
            return false;
        }
        // only labels of about the same length can match with a typo, only those ending alike can end it
        for (String label : BY_LENGTH.getOrDefault(words.length(), List.of())) {
            if (Labels.matches(words, label)) {
                return true;
            }
        }
        for (String label : BY_LAST_CHAR.getOrDefault(words.charAt(words.length() - 1), List.of())) {
            if (words.endsWith(label)) {
                return true;
            }
        }
        return false;
    }

    /** For each length of words, the labels that Labels.matches could take them for (typos keep the length near). */
    private static final Map<Integer, List<String>> BY_LENGTH = byLength();
    /** By their last character, the labels of four characters or more, which a longer text may end with. */
    private static final Map<Character, List<String>> BY_LAST_CHAR = LABELS.stream().filter(l -> l.length() >= 4)
            .collect(Collectors.groupingBy(l -> l.charAt(l.length() - 1)));

    private static Map<Integer, List<String>> byLength() {
        Map<Integer, List<String>> byLength = new HashMap<>();
        for (String label : LABELS) {
            int allowed = Labels.allowedEdits(label);
            for (int length = label.length() - allowed; length <= label.length() + allowed; length++) {
                byLength.computeIfAbsent(length, k -> new ArrayList<>()).add(label);
            }
        }
        return byLength;
    }

    private static List<String> labels() {
        List<String> labels = new ArrayList<>();
        for (RowDef row : TemplateCatalog.allRows()) {
            labels.add(Labels.words(row.label()));
        }
        TemplateCatalog.APPLICATION_GROUP_HEADINGS.forEach(h -> labels.add(Labels.words(h)));
        return List.copyOf(labels);
    }

    private static Set<String> beginnings() {
        Set<String> beginnings = new HashSet<>();
        for (String label : LABELS) {
            for (int end = 2; end <= label.length(); end++) {
                beginnings.add(label.substring(0, end));
            }
        }
        return Set.copyOf(beginnings);
    }
}
