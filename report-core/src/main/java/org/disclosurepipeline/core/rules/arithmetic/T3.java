package org.disclosurepipeline.core.rules.arithmetic;

import java.util.List;
import org.disclosurepipeline.core.model.Figures;
import org.disclosurepipeline.core.rules.Findings;
import org.disclosurepipeline.core.rules.Location;
import org.disclosurepipeline.core.rules.RuleContext;
import org.disclosurepipeline.core.rules.RuleDescriptor;
import org.disclosurepipeline.core.template.RowDef;
import org.disclosurepipeline.core.template.TableId;
import org.disclosurepipeline.core.template.TemplateCatalog;

/** Helpers for rules over T3: cell keys, and the rows of the 三、本年度办理结果 block the report has. */
final class T3 {

    private static final String PREFIX = TableId.APPLICATIONS.key() + ".";

    private T3() {
    }

    static String cell(String row, String column) {
        return PREFIX + row + "." + column;
    }

    /** The outcome rows (（一） to （六）) present in this report, in template order. */
    static List<RowDef> outcomeRows(Figures figures) {
        return TemplateCatalog.allRows().stream()
                .filter(r -> r.table() == TableId.APPLICATIONS)
                .filter(r -> isOutcome(r.key()))
                .filter(r -> figures.has(r.cellKeys().get(0)))
                .toList();
    }

    private static boolean isOutcome(String rowKey) {
        return rowKey.equals("granted") || rowKey.equals("partiallyGranted") || rowKey.startsWith("denied.")
                || rowKey.startsWith("unableToProvide.") || rowKey.startsWith("notProcessed.")
                || rowKey.startsWith("otherHandling.");
    }

    /** False (after saying why) when the report has no T3 to check. */
    static boolean present(RuleContext context, Findings findings, RuleDescriptor rule) {
        if (context.diagnostics().foundTable(TableId.APPLICATIONS)) {
            return true;
        }
        findings.notAssessable("T3 could not be read, so " + rule.code() + " cannot be checked",
                "未能读取表三，无法核对" + rule.code(), new Location(TableId.APPLICATIONS.section().key(), "T3", null,
                        null), List.of());
        return false;
    }
}
