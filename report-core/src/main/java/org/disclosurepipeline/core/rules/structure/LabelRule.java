package org.disclosurepipeline.core.rules.structure;

import org.disclosurepipeline.core.parse.LabelDeviation;
import org.disclosurepipeline.core.rules.Findings;
import org.disclosurepipeline.core.rules.Rule;
import org.disclosurepipeline.core.rules.RuleContext;
import org.disclosurepipeline.core.rules.RuleDescriptor;
import org.disclosurepipeline.core.rules.Severity;
import org.disclosurepipeline.core.rules.Location;
import org.disclosurepipeline.core.template.RowDef;
import org.disclosurepipeline.core.template.TemplateCatalog;

/** R-FMT-LABEL: a row label differs from the official text (逾期不补证, 收费通要求, 行政止公开). */
public final class LabelRule implements Rule {

    private static final RuleDescriptor DESCRIPTOR = new RuleDescriptor("R-FMT-LABEL", Severity.INFO, "structure",
            "A row label differs from the template's official wording (typically a typo).",
            "行的标签与模板的规范表述不一致（通常是错别字）。",
            "'逾期不补证' where the template says '逾期不补正'");

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public void check(RuleContext context, Findings findings) {
        for (LabelDeviation d : context.diagnostics().labelDeviations()) {
            RowDef row = TemplateCatalog.row(d.rowKey());
            findings.fail("Line " + d.line() + ": label '" + d.found() + "' differs from the official '" + d.official()
                            + "'",
                    "第" + d.line() + "行：标签“" + d.found() + "”与规范表述“" + d.official() + "”不一致",
                    new Location(row.table().section().key(), row.table().shortName(), row.key(), null));
        }
    }
}
