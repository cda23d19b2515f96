package org.disclosurepipeline.core.parse;

import java.util.regex.Pattern;

/** A page number printed on a line of its own (-3-, — 3 —, 第3页, 第3页 共6页), as a PDF's footer leaves it in text. */
final class PageNumbers {

    private static final Pattern PAGE_NUMBER = Pattern.compile("^[-—–]\\s*\\d{1,3}\\s*[-—–]$|^第\\s*\\d{1,3}\\s*页.*");

    private PageNumbers() {
    }

    /** True when the trimmed text chars[from, to) is a page number; most lines are turned away by their first char. */
    static boolean isPageNumber(char[] chars, int from, int to) {
        if (from >= to) {
            return false;
        }
        char first = chars[from];
        return (first == '-' || first == '—' || first == '–' || first == '第')
                && PAGE_NUMBER.matcher(new String(chars, from, to - from)).matches();
    }

    static boolean isPageNumber(String line) {
        return isPageNumber(line.toCharArray(), 0, line.length());
    }
}
