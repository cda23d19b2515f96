package org.disclosurepipeline.core.rules.narrative;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.disclosurepipeline.core.rules.Findings;
import org.disclosurepipeline.core.rules.Location;
import org.disclosurepipeline.core.rules.RuleContext;
import org.disclosurepipeline.core.rules.arithmetic.Side;
import org.disclosurepipeline.core.template.SectionId;

/**
 * A number the text states against the sum of table cells: a failure with left = the text's number and right =
 * the table's, or NOT_ASSESSABLE when a cell is empty or absent.
 */
final class TextVsTable {

    private TextVsTable() {
    }

    /**
     * @param said     the number the text states
     * @param saysEn   what the text states, e.g. "5 applications were received (收到/受理)"
     * @param saysZh   the same in Chinese, e.g. "收到/受理申请5件"
     * @param keys     the cells whose sum should equal it
     * @param tableEn  the cells as a clerk finds them, e.g. "T3 row 一、本年新收… column 总计"
     * @param tableZh  the same in Chinese
     * @param location where the finding points (the text's section, the table's row and column)
     */
    static void compare(RuleContext context, Findings findings, long said, String saysEn, String saysZh,
            List<String> keys, String tableEn, String tableZh, Location location) {
        Side table = Side.sum(context.figures(), keys);
        SectionId section = SectionId.fromKey(location.section());
        if (!table.assessable()) {
            findings.notAssessable(Prose.section(section) + " says " + saysEn + ", but " + tableEn
                            + " is empty or missing, so the two cannot be compared",
                    Prose.sectionZh(section) + "称" + saysZh + "，但" + tableZh + "为空或缺失，无法核对",
                    location, table.missing());
            return;
        }
        if (table.value().compareTo(BigDecimal.valueOf(said)) != 0) {
            List<String> cells = new ArrayList<>(keys);
            findings.failSums(Prose.section(section) + " says " + saysEn + ", but " + tableEn + " reads "
                            + table.value().toPlainString() + ": correct the text or the table",
                    Prose.sectionZh(section) + "称" + saysZh + "，但" + tableZh + "为" + table.value().toPlainString()
                            + "：请更正文字或表格",
                    location, BigDecimal.valueOf(said), table.value(), cells);
        }
    }
}
