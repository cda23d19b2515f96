package org.disclosurepipeline.core.rules.structure;

import org.disclosurepipeline.core.parse.LabelDeviation;
import org.disclosurepipeline.core.rules.FindingStatus;
import org.disclosurepipeline.core.rules.Findings;
import org.disclosurepipeline.core.rules.Location;
import org.disclosurepipeline.core.rules.Rule;
import org.disclosurepipeline.core.rules.RuleContext;
import org.disclosurepipeline.core.rules.RuleDescriptor;
import org.disclosurepipeline.core.rules.Severity;
import org.disclosurepipeline.core.template.RowDef;
import org.disclosurepipeline.core.template.TemplateCatalog;

/**
 * R-FMT-LABEL: a row label differs from the official text. A typo (逾期不补证) is an info; a damaged label read as the
 * only row that fits its place is an info that says which label was read as which row; a known variant of the
 * template's wording (规范性文件 for 行政规范性文件) is a warning.
 */
public final class LabelRule implements Rule {

    private static final RuleDescriptor DESCRIPTOR = new RuleDescriptor("R-FMT-LABEL", Severity.WARNING, "structure",
            "A row label differs from the template's official wording: a typo (info), a label too damaged to "
                    + "recognise that was read as the only row of the template fitting between the rows around it "
                    + "(info, naming both), or a known variant of the wording such as 规范性文件 for 行政规范性文件 "
                    + "(warning). The row is read in each case.",
            "行的标签与模板的规范表述不一致：错别字（提示）；标签残缺无法识别、按其位置读作前后两行之间唯一符合的模板行（提示，"
                    + "注明读作哪一行）；或常见的非规范表述，如以“规范性文件”代替“行政规范性文件”（警告）。各情形下该行均照常读取。",
            "'逾期不补证' where the template says '逾期不补正'");

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public void check(RuleContext context, Findings findings) {
        for (LabelDeviation d : context.diagnostics().labelDeviations()) {
            RowDef row = TemplateCatalog.row(d.rowKey());
            Location location = new Location(row.table().section().key(), row.table().shortName(), row.key(), null);
            switch (d.kind()) {
                case TYPO -> findings.add(Severity.INFO, FindingStatus.FAIL,
                        "Line " + d.line() + ": label '" + d.found() + "' differs from the official '" + d.official()
                                + "'",
                        "第" + d.line() + "行：标签“" + d.found() + "”与规范表述“" + d.official() + "”不一致",
                        location, null, null, null);
                case VARIANT -> findings.add(Severity.WARNING, FindingStatus.FAIL,
                        "Line " + d.line() + ": label '" + d.found() + "' is not the template's wording; it was read "
                                + "as the row '" + d.official() + "', which the template names so",
                        "第" + d.line() + "行：标签“" + d.found() + "”不是模板的规范表述，已按“" + d.official()
                                + "”一行读取，请使用规范表述",
                        location, null, null, null);
                case BY_PLACE -> findings.add(Severity.INFO, FindingStatus.FAIL,
                        "Line " + d.line() + ": label '" + d.found() + "' was read as the row '" + d.official()
                                + "', the only row of the template that fits between " + neighbour(d.before(), "start")
                                + " and " + neighbour(d.after(), "end"),
                        "第" + d.line() + "行：标签“" + d.found() + "”已读作“" + d.official() + "”一行，这是模板中位于"
                                + neighbourZh(d.before(), "开头") + "与" + neighbourZh(d.after(), "末尾") + "之间的唯一一行",
                        location, null, null, null);
            }
        }
    }

    private static String neighbour(String label, String tableEnd) {
        return label == null ? "the table's " + tableEnd : "'" + label + "'";
    }

    private static String neighbourZh(String label, String tableEnd) {
        return label == null ? "表格" + tableEnd : "“" + label + "”";
    }
}
