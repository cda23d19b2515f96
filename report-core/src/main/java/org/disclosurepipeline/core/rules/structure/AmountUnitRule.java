package org.disclosurepipeline.core.rules.structure;

import java.util.List;
import org.disclosurepipeline.core.parse.UnitReading;
import org.disclosurepipeline.core.rules.FindingStatus;
import org.disclosurepipeline.core.rules.Findings;
import org.disclosurepipeline.core.rules.Rule;
import org.disclosurepipeline.core.rules.RuleContext;
import org.disclosurepipeline.core.rules.RuleDescriptor;
import org.disclosurepipeline.core.rules.Severity;

/**
 * R-NUM-UNIT: an amount written with its unit (96500元). In the column's own unit it is read as it stands (info); in
 * the other unit it is converted exactly and read so (warning: 96500元 in the 万元 column of 行政事业性收费 is 9.65),
 * and the clerk is told what to enter. 采购总金额 of the 2019 template, whose heading names no unit, is kept in 元.
 */
public final class AmountUnitRule implements Rule {

    private static final RuleDescriptor DESCRIPTOR = new RuleDescriptor("R-NUM-UNIT", Severity.WARNING, "numbers",
            "An amount's cell names its unit (96500元). In the unit the column is kept in (行政事业性收费: 万元, as the "
                    + "template's heading says; the 2019 template's 采购总金额: 元) it is read as it stands (info); in the "
                    + "other unit it is converted exactly and read so, and the finding names the conversion (warning).",
            "金额单元格中写有单位（如96500元）。单位与该栏的单位相同（行政事业性收费为万元，见模板表头；2019年版模板的采购总金额为元）"
                    + "时照常读取（提示）；为另一单位时按精确换算后的数值读取，并说明换算（警告）。",
            "T2 行政事业性收费 reads '96500元': read as 9.65 (万元)");

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public void check(RuleContext context, Findings findings) {
        for (UnitReading r : context.diagnostics().unitReadings()) {
            String where = "Line " + r.line() + ": " + CellLocations.describe(r.cellKey()) + " (" + r.cellKey()
                    + ") reads '" + r.raw() + "'";
            String whereZh = "第" + r.line() + "行：" + CellLocations.describeZh(r.cellKey()) + "（" + r.cellKey()
                    + "）的内容为“" + r.raw() + "”";
            String value = r.value().toPlainString();
            if (r.converted()) {
                findings.add(Severity.WARNING, FindingStatus.FAIL,
                        where + ", an amount in " + r.writtenUnit() + " where the column is in " + r.columnUnit()
                                + ": read as " + value + " (" + r.columnUnit() + "); enter " + value
                                + " without a unit",
                        whereZh + "，以" + r.writtenUnit() + "为单位，而该栏单位为" + r.columnUnit() + "：已换算为" + value
                                + r.columnUnit() + "读取；请填写" + value + "，不写单位",
                        CellLocations.of(r.cellKey()), null, null, List.of(r.cellKey()));
            } else {
                findings.add(Severity.INFO, FindingStatus.FAIL,
                        where + ": read as " + value + ", in " + r.columnUnit()
                                + ", the unit the column is kept in; the number alone is enough",
                        whereZh + "：已读作" + value + "（单位" + r.columnUnit() + "，即该栏的单位）；只填数字即可",
                        CellLocations.of(r.cellKey()), null, null, List.of(r.cellKey()));
            }
        }
    }
}
