package org.disclosurepipeline.core.rules.structure;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.disclosurepipeline.core.model.Figures;
import org.disclosurepipeline.core.parse.CellProblem;
import org.disclosurepipeline.core.rules.FindingStatus;
import org.disclosurepipeline.core.rules.Findings;
import org.disclosurepipeline.core.rules.Location;
import org.disclosurepipeline.core.rules.Rule;
import org.disclosurepipeline.core.rules.RuleContext;
import org.disclosurepipeline.core.rules.RuleDescriptor;
import org.disclosurepipeline.core.rules.Severity;
import org.disclosurepipeline.core.template.ColumnDef;
import org.disclosurepipeline.core.template.RowDef;

/**
 * R-FMT-EMPTY-CELL: cells are blank, "/", "—", "--", "无" or "不适用"/"N/A" where the template expects a number. Kept empty, not 0. One
 * finding per table says which: the columns left empty in every row, then the rows with the other empty cells, so a
 * department that left five columns blank reads one finding, not 125.
 */
public final class EmptyCellRule implements Rule {

    private static final RuleDescriptor DESCRIPTOR = new RuleDescriptor("R-FMT-EMPTY-CELL", Severity.WARNING,
            "structure",
            "Cells are blank, '/', '—', '--', '无' or not applicable ('不适用', 'N/A') where the template expects a "
                    + "number; they keep their place in the row and are kept empty, never read "
                    + "as 0. One finding per table names them: the columns empty in every row, then the rows with "
                    + "other empty cells.",
            "模板要求填写数字的单元格为空、“/”、“—”、“--”、“无”或“不适用”“N/A”；保留其在行中的位置，按空值处理，不视为0。每张表一条结果，列明各行均为空的列，"
                    + "以及其余含空单元格的行。",
            "T2: 1 cell is empty — row '规章': 本年制发件数 ('/')");

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public void check(RuleContext context, Findings findings) {
        Map<String, List<CellProblem>> byTable = new LinkedHashMap<>();
        for (CellProblem p : context.diagnostics().cellProblems()) {
            CellLocations.Cell cell = CellLocations.cell(p.cellKey());
            if (p.kind() == CellProblem.Kind.EMPTY && cell != null) {
                byTable.computeIfAbsent(cell.row().table().shortName(), t -> new ArrayList<>()).add(p);
            }
        }
        byTable.forEach((table, empty) -> report(table, empty, context.figures(), findings));
    }

    private static void report(String table, List<CellProblem> empty, Figures figures, Findings findings) {
        Set<String> emptyKeys = new LinkedHashSet<>();
        Set<String> marks = new LinkedHashSet<>();
        Map<RowDef, List<ColumnDef>> byRow = new LinkedHashMap<>();
        Map<RowDef, Integer> lines = new LinkedHashMap<>();
        for (CellProblem p : empty) {
            CellLocations.Cell cell = CellLocations.cell(p.cellKey());
            emptyKeys.add(p.cellKey());
            marks.add(p.raw().isEmpty() ? "blank" : "'" + p.raw() + "'");
            byRow.computeIfAbsent(cell.row(), r -> new ArrayList<>()).add(cell.column());
            lines.putIfAbsent(cell.row(), p.line());
        }
        List<ColumnDef> wholeColumns = wholeColumns(byRow, emptyKeys, figures);
        List<String> en = new ArrayList<>();
        List<String> zh = new ArrayList<>();
        if (!wholeColumns.isEmpty()) {
            en.add("column" + (wholeColumns.size() > 1 ? "s " : " ") + labels(wholeColumns, "", ", ")
                    + " in every row");
            zh.add(labels(wholeColumns, "“", "、") + "列各行均为空");
        }
        byRow.forEach((row, columns) -> {
            List<ColumnDef> rest = columns.stream().filter(c -> !wholeColumns.contains(c)).toList();
            if (!rest.isEmpty()) {
                en.add("row '" + row.label() + "' (line " + lines.get(row) + "): " + labels(rest, "", ", "));
                zh.add("“" + row.label() + "”一行（第" + lines.get(row) + "行）：" + labels(rest, "“", "、"));
            }
        });
        int n = emptyKeys.size();
        String shown = String.join(", ", marks);
        findings.add(Severity.WARNING, FindingStatus.FAIL,
                table + ": " + n + (n == 1 ? " cell is" : " cells are") + " empty (" + shown + "), kept empty, not 0 — "
                        + String.join("; ", en),
                Tables.nameZh(table) + "：" + n + "个单元格为空（" + shown.replace("blank", "空白") + "），按空值处理，不视为0——"
                        + String.join("；", zh),
                location(empty, byRow), null, null, List.copyOf(emptyKeys));
    }

    /** The columns empty in every row of the table that has them, when more than one row has them. */
    private static List<ColumnDef> wholeColumns(Map<RowDef, List<ColumnDef>> byRow, Set<String> emptyKeys,
            Figures figures) {
        Map<String, ColumnDef> candidates = new LinkedHashMap<>();
        byRow.values().forEach(columns -> columns.forEach(c -> candidates.putIfAbsent(c.label(), c)));
        RowDef any = byRow.keySet().iterator().next();
        List<ColumnDef> whole = new ArrayList<>();
        for (ColumnDef column : candidates.values()) {
            int rows = 0;
            boolean allEmpty = true;
            for (RowDef row : org.disclosurepipeline.core.template.TemplateCatalog.allRows()) {
                if (row.table() != any.table() || !row.columns().contains(column)) {
                    continue;
                }
                String key = row.cellKey(column);
                if (figures.has(key)) {
                    rows++;
                    allEmpty &= emptyKeys.contains(key);
                }
            }
            if (allEmpty && rows > 1) {
                whole.add(column);
            }
        }
        return whole;
    }

    /** The table's place; its row's when all the cells are in one row, the cell's when there is one. */
    private static Location location(List<CellProblem> empty, Map<RowDef, List<ColumnDef>> byRow) {
        if (empty.size() == 1) {
            return CellLocations.of(empty.get(0).cellKey());
        }
        RowDef first = byRow.keySet().iterator().next();
        return new Location(first.table().section().key(), first.table().shortName(),
                byRow.size() == 1 ? first.key() : null, null);
    }

    private static String labels(List<ColumnDef> columns, String quote, String separator) {
        List<String> labels = new ArrayList<>();
        String close = quote.equals("“") ? "”" : quote;
        for (ColumnDef c : columns) {
            labels.add(quote + c.label() + close);
        }
        return String.join(separator, labels);
    }
}
