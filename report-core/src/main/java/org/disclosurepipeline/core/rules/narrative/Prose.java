package org.disclosurepipeline.core.rules.narrative;

import org.disclosurepipeline.core.template.SectionId;
import org.disclosurepipeline.core.template.TemplateCatalog;

/** Helpers for rules that read the report's text: how to name a section, and the clause around a match. */
final class Prose {

    private static final String CLAUSE_ENDS = "。；;！？!?\n";
    private static final int MAX_EXCERPT = 60;

    private Prose() {
    }

    /** section 一 (总体情况). */
    static String section(SectionId id) {
        return "section " + TemplateCatalog.SECTION_NUMERALS.charAt(id.ordinal()) + " ("
                + TemplateCatalog.sectionTitles(id).get(0) + ")";
    }

    /** 第一部分“总体情况”. */
    static String sectionZh(SectionId id) {
        return "第" + TemplateCatalog.SECTION_NUMERALS.charAt(id.ordinal()) + "部分“"
                + TemplateCatalog.sectionTitles(id).get(0) + "”";
    }

    /** The clause (between 。/；/line ends) that holds text[start, end), cut to a readable length. */
    static String clause(String text, int start, int end) {
        int from = start;
        while (from > 0 && CLAUSE_ENDS.indexOf(text.charAt(from - 1)) < 0) {
            from--;
        }
        int to = end;
        while (to < text.length() && CLAUSE_ENDS.indexOf(text.charAt(to)) < 0) {
            to++;
        }
        from = Math.max(from, start - MAX_EXCERPT / 2);
        to = Math.min(to, Math.max(end, from + MAX_EXCERPT));
        String excerpt = text.substring(from, to).strip();
        return (from > 0 && CLAUSE_ENDS.indexOf(text.charAt(from - 1)) < 0 ? "…" : "") + excerpt
                + (to < text.length() && CLAUSE_ENDS.indexOf(text.charAt(to)) < 0 ? "…" : "");
    }
}
