package org.disclosurepipeline.core.rules.structure;

import java.util.Map;
import java.util.TreeMap;
import org.disclosurepipeline.core.parse.CellProblem;
import org.disclosurepipeline.core.rules.Findings;
import org.disclosurepipeline.core.rules.Location;
import org.disclosurepipeline.core.rules.Rule;
import org.disclosurepipeline.core.rules.RuleContext;
import org.disclosurepipeline.core.rules.RuleDescriptor;
import org.disclosurepipeline.core.rules.Severity;

/**
 * R-FMT-MOSTLY-BLANK: half or more of a table's cells are empty. Such a table was not filled in rather than filled
 * with a few gaps; its checks say little, and the clerk should ask for it, not read R-FMT-EMPTY-CELL cell by cell.
 */
public final class MostlyBlankRule implements Rule {

    /** The share of empty cells from which a table counts as not filled in. */
    private static final double THRESHOLD = 0.5;

    private static final RuleDescriptor DESCRIPTOR = new RuleDescriptor("R-FMT-MOSTLY-BLANK", Severity.WARNING,
            "structure",
            "Half or more of a table's cells are empty (blank, '/', '—', '无', '不适用'): the table looks not filled in.",
            "表格中半数及以上单元格为空（空白、“/”“—”“无”“不适用”）：该表疑似未填写。",
            "T3: 180 of 200 cells are empty");

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public void check(RuleContext context, Findings findings) {
        Map<String, int[]> byTable = new TreeMap<>(); // table → {cells, empty}
        for (String key : context.figures().keys()) {
            CellLocations.Cell cell = CellLocations.cell(key);
            if (cell != null) {
                byTable.computeIfAbsent(cell.row().table().shortName(), t -> new int[2])[0]++;
            }
        }
        for (CellProblem p : context.diagnostics().cellProblems()) {
            CellLocations.Cell cell = CellLocations.cell(p.cellKey());
            if (p.kind() == CellProblem.Kind.EMPTY && cell != null && byTable.containsKey(cell.row().table().shortName())) {
                byTable.get(cell.row().table().shortName())[1]++;
            }
        }
        byTable.forEach((table, n) -> {
            if (n[0] > 1 && n[1] >= n[0] * THRESHOLD) {
                findings.fail(table + ": " + n[1] + " of " + n[0] + " cells are empty: the table looks not filled in",
                        Tables.nameZh(table) + "：" + n[0] + "个单元格中有" + n[1] + "个为空，该表疑似未填写",
                        new Location(null, table, null, null));
            }
        });
    }
}
