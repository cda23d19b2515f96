package org.disclosurepipeline.core.parse;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.disclosurepipeline.core.template.RowDef;
import org.disclosurepipeline.core.template.TemplateCatalog;

/**
 * The words of every official row label and group heading, for a layout that must tell where a label starts and
 * whether it is complete (labels wrapped over lines in PDF text). Exact answers come from sets; only a text that is
 * no label exactly is compared with each label, allowing typos.
 */
final class KnownLabels {

    private static final String NUMERALS = "一二三四五六七八九十";
    private static final Pattern NUMBERED = Pattern.compile(
            "^(?:[一二三四五六七八九十]+[、.]|[（(][一二三四五六七八九十\\d]+[）)]|\\d+\\s*[.．、])");
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

    private static boolean isNumbered(String text) {
        if (text.isEmpty()) {
            return false;
        }
        char first = text.charAt(0);
        boolean canStart = first >= '0' && first <= '9' || first == '（' || first == '(' || NUMERALS.indexOf(first) >= 0;
        return canStart && NUMBERED.matcher(text).lookingAt();
    }

    /** True when the text is a known label, allowing a typo, or ends with one of four characters or more. */
    static boolean isLabel(String text) {
        String words = Labels.words(text);
        if (EXACT.contains(words)) {
            return true;
        }
        for (String label : LABELS) {
            if (Labels.matches(words, label) || label.length() >= 4 && words.endsWith(label)) {
                return true;
            }
        }
        return false;
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
