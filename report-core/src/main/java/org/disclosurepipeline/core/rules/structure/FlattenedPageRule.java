package org.disclosurepipeline.core.rules.structure;

import org.disclosurepipeline.core.rules.Findings;
import org.disclosurepipeline.core.rules.Location;
import org.disclosurepipeline.core.rules.Rule;
import org.disclosurepipeline.core.rules.RuleContext;
import org.disclosurepipeline.core.rules.RuleDescriptor;
import org.disclosurepipeline.core.rules.Severity;

/**
 * R-FMT-FLATTENED: the report was a web page flattened to one line (as a scraper makes it) and was read by cutting
 * it back at its headings, row labels and signature. Says so, so that a reader knows why every finding points to
 * the same line and why some glued cells may be left unread.
 */
public final class FlattenedPageRule implements Rule {

    private static final RuleDescriptor DESCRIPTOR = new RuleDescriptor("R-FMT-FLATTENED", Severity.INFO,
            "structure",
            "The report is a page flattened to one line (headings, tables with their cells glued, closing sections "
                    + "on a single line, as a scraper makes it): it was read from the headings and row labels inside "
                    + "the line, glued cells split only where a single split satisfies the row and the table.",
            "报告被压成一行（标题、表格及其相连的数字、结尾各部分都在同一行，网页抓取常见）：已按行内的标题和行标签读取，"
                    + "相连的数字仅在只有一种拆分满足本行及全表勾稽关系时才予读取。",
            "a report saved from a web page as one line of 2,228 characters");

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public void check(RuleContext context, Findings findings) {
        int lines = context.diagnostics().flattenedLines();
        if (lines == 0) {
            return;
        }
        findings.fail("The report is a page flattened to " + (lines == 1 ? "one line" : lines + " lines")
                        + ": its sections were found by their headings inside the line, its tables by their row "
                        + "labels, and glued cells were split only where a single split satisfies the row and the "
                        + "table; the line numbers of the other findings are the line's own. A document with its "
                        + "paragraphs and table cells kept apart (Word, PDF, the page itself) reads more cells",
                "报告被压成" + (lines == 1 ? "一" : String.valueOf(lines)) + "行：已按行内的标题找出各部分、按行标签找出"
                        + "表格各行，相连的数字仅在只有一种拆分满足本行及全表勾稽关系时才予读取；其他结果中的行号即该行。"
                        + "提交段落与单元格分明的文件（Word、PDF或网页原件）可读取更多数据",
                Location.document());
    }
}
