package org.disclosurepipeline.core.rules;

import java.util.List;

/** Renders docs/rules.md from the catalogue's descriptors: the subscribers' reference, never edited by hand. */
final class RulesDoc {

    static final String REGENERATE = "./mvnw -o -q -B test -pl report-core -Dtest=RulesDocTest -Drules.doc.write=true";

    private RulesDoc() {
    }

    static String render(RuleCatalog catalog) {
        List<RuleDescriptor> rules = catalog.descriptors();
        StringBuilder md = new StringBuilder();
        md.append("# Rule catalogue\n\n");
        md.append("<!-- Generated from RuleCatalog.standard() by RulesDocTest in report-core: do not edit by hand. "
                + "Change the rule's RuleDescriptor, then run: ").append(REGENERATE).append(" -->\n\n");
        md.append("Catalogue version `").append(RuleCatalog.VERSION).append("` (the `rulesVersion` of every verdict), ")
                .append(rules.size()).append(" rules.\n\n");
        md.append("""
                A report with any **error** finding is `REJECTED`; warnings and infos travel with a `VALIDATED` \
                report. Codes are stable: subscribers filter on them.

                Every finding is `{rule, severity, status, message, messageZh, location{section, table, row, column}, \
                left, right, cells}`:

                - `status` is `FAIL` (the check was made and failed) or `NOT_ASSESSABLE` (an input is missing: an \
                empty cell, an absent table or section, a report that states no date). A missing input is never read \
                as 0, and a `NOT_ASSESSABLE` finding is at most a warning: the missing input itself is reported by its \
                own rule (R-FMT-EMPTY-CELL, R-FMT-TABLE-MISSING, R-FMT-SECTIONS).
                - `message` (English) and `messageZh` (Chinese) name the row, column or words concerned and the numbers.
                - `location.section` is the section key (overview, activeDisclosure, applications, reviewLitigation, \
                problems, otherMatters), `table` T2/T3/T4, `row` and `column` the template keys. Rules that compare \
                the text with a table point at the section of the text and at the table's row and column.
                - `left` and `right` are the two computed sides of arithmetic rules, of text-against-table rules (the \
                text's number left, the table's right) and of the across-year rules; `cells` are the dotted keys that \
                went into them. Cells of last year's report are prefixed `previousYear.`.
                - The R-XY-* rules run only when the agency's previous report is known; R-META-AGENCY only when the \
                submission names the agency.
                - How the narrative rules read a sentence, where they deliberately differ from the peer tool \
                KIROGOVCOMPARE, and their measured precision on the labelled corpus: \
                [rules-decisions.md](rules-decisions.md).

                """);
        md.append("## Summary\n\n| code | severity | category | meaning |\n|---|---|---|---|\n");
        for (RuleDescriptor r : rules) {
            md.append("| [").append(r.code()).append("](#").append(r.code().toLowerCase()).append(") | ")
                    .append(r.severity().code()).append(" | ").append(r.category()).append(" | ")
                    .append(cell(r.meaning())).append(" |\n");
        }
        md.append("\n## Rules\n");
        for (RuleDescriptor r : rules) {
            md.append("\n### ").append(r.code()).append("\n\n");
            md.append("- **severity:** ").append(r.severity().code()).append(" · **category:** ").append(r.category())
                    .append('\n');
            md.append("- **meaning:** ").append(r.meaning()).append('\n');
            md.append("- **含义：** ").append(r.meaningZh()).append('\n');
            md.append("- **example finding:** ").append(r.example()).append('\n');
        }
        return md.toString();
    }

    private static String cell(String text) {
        return text.replace("|", "\\|");
    }
}
