package org.disclosurepipeline.core.parse;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.disclosurepipeline.core.model.Figures;
import org.disclosurepipeline.core.template.CellKind;
import org.disclosurepipeline.core.template.ColumnDef;
import org.disclosurepipeline.core.template.RowDef;
import org.disclosurepipeline.core.template.TableId;
import org.disclosurepipeline.core.template.TemplateCatalog;

/**
 * Corrections of parsed cells, applied to the structured report before the rules run: the document is read as it
 * is, then a person's values replace what the parser read in the cells they name. Cells are addressed as findings
 * address them: a finding's {@code Location} (table T2/T3/T4, row key inside the table, column key) or its dotted
 * cell key.
 */
public final class CellCorrections {

    private static final Pattern COUNT = Pattern.compile("\\d{1,15}");
    private static final Pattern SIGNED_COUNT = Pattern.compile("[+-]?\\d{1,15}");
    private static final Pattern DECIMAL = Pattern.compile("\\d{1,15}(\\.\\d{1,6})?");

    private CellCorrections() {
    }

    /** The corrected report, and the correction as applied (each cell with what was read before) and refused. */
    public record Corrected(ParsedReport parsed, Correction correction) {
    }

    /**
     * The dotted key of a cell of the template from a finding's location: {@code table} T2/T3/T4 or the table's key
     * ({@code applications}), {@code row} the row key inside the table ({@code newReceived}), {@code column} the
     * column key ({@code naturalPerson}), null or blank for a row of one value.
     */
    public static String cellKey(String table, String row, String column) {
        List<TableId> tables = tables(table);
        if (tables.isEmpty()) {
            throw new InvalidCorrection("table", "unknown table '" + table + "' (T2, T3, T4 or a table key such as "
                    + "applications)", "未知的表格“" + table + "”（应为T2、T3、T4或表格键名，如applications）");
        }
        RowDef rowDef = tables.stream().map(t -> TemplateCatalog.row(t.key() + "." + row))
                .filter(r -> r != null).findFirst().orElse(null);
        if (row == null || row.isBlank() || rowDef == null) {
            throw new InvalidCorrection("row", "table " + table + " has no row '" + row + "'",
                    "表格" + table + "中没有“" + row + "”行");
        }
        boolean single = column == null || column.isBlank();
        for (ColumnDef c : rowDef.columns()) {
            if (single ? c.isSingle() : column.equals(c.key())) {
                return rowDef.cellKey(c);
            }
        }
        throw new InvalidCorrection("column", "row " + rowDef.rowKey() + " has no column '" + column + "'",
                rowDef.rowKey() + "行中没有“" + column + "”列");
    }

    /** Checks that a dotted key names a cell of the template. */
    public static String requireCell(String cellKey) {
        if (cellKey == null || TemplateCatalog.kindOf(cellKey) == null) {
            throw new InvalidCorrection("cell", "no cell '" + cellKey + "' in the template",
                    "模板中没有单元格“" + cellKey + "”");
        }
        return cellKey;
    }

    /** The value typed for a cell as the number the cell holds: a non-negative integer (fees: decimal). */
    public static Number value(String cellKey, String text) {
        CellKind kind = TemplateCatalog.kindOf(requireCell(cellKey));
        String t = text == null ? "" : text.strip();
        return switch (kind) {
            case COUNT -> {
                require(COUNT.matcher(t).matches(), text, "a non-negative integer", "非负整数");
                yield Long.parseLong(t);
            }
            case SIGNED_COUNT -> {
                require(SIGNED_COUNT.matcher(t).matches(), text, "an integer", "整数");
                yield Long.parseLong(t);
            }
            case DECIMAL -> {
                require(DECIMAL.matcher(t).matches(), text, "a non-negative decimal", "非负数");
                yield new BigDecimal(t);
            }
        };
    }

    private static void require(boolean ok, String text, String what, String whatZh) {
        if (!ok) {
            throw new InvalidCorrection("value", "'" + text + "' is not " + what, "“" + text + "”不是" + whatZh);
        }
    }

    /**
     * Applies the correction: each cell the report has gets its new value, and what the parser noticed about that
     * cell (unreadable, empty) is forgotten. A cell the report does not have or a value that is not a number is
     * refused, never thrown: a correction that reached validation is checked there as far as it can be.
     */
    public static Corrected apply(ParsedReport parsed, Correction correction) {
        if (correction == null || correction.cells().isEmpty()) {
            return new Corrected(parsed, correction);
        }
        Map<String, CellProblem> problems = new LinkedHashMap<>();
        parsed.diagnostics().cellProblems().forEach(p -> problems.putIfAbsent(p.cellKey(), p));
        Figures figures = parsed.report().figures();
        Map<String, CellCorrection> applied = new LinkedHashMap<>(); // the last correction of a cell counts
        List<CellCorrection> refused = new ArrayList<>(correction.refused());
        for (CellCorrection c : correction.cells()) {
            Number value;
            try {
                value = value(c.cell(), c.value());
            } catch (InvalidCorrection e) {
                refused.add(c);
                continue;
            }
            if (!figures.has(c.cell())) {
                refused.add(c); // a table or row this report's template does not have
                continue;
            }
            CellCorrection earlier = applied.get(c.cell());
            String previous = earlier != null ? earlier.previous() : previous(c.cell(), figures, problems);
            figures = figures.with(c.cell(), value);
            applied.put(c.cell(), c.withPrevious(previous));
        }
        ParseDiagnostics d = parsed.diagnostics();
        ParseDiagnostics diagnostics = new ParseDiagnostics(d.headings(), d.tablesFound(), d.otherHandlingLayout(),
                d.cellProblems().stream().filter(p -> !applied.containsKey(p.cellKey())).toList(),
                d.unitReadings(), d.labelDeviations(), d.tableProblems(), d.flattenedLines());
        return new Corrected(new ParsedReport(parsed.report().withFigures(figures), diagnostics),
                new Correction(correction.correctedBy(), correction.reason(), List.copyOf(applied.values()), refused));
    }

    /** What the parser read in a cell: the text of a cell it could not read, else the number, else null. */
    private static String previous(String cell, Figures figures, Map<String, CellProblem> problems) {
        CellProblem p = problems.get(cell);
        if (p != null) {
            return p.raw();
        }
        Number n = figures.get(cell);
        return n == null ? null : n instanceof BigDecimal d ? d.toPlainString() : n.toString();
    }

    private static List<TableId> tables(String table) {
        if (table == null) {
            return List.of();
        }
        List<TableId> found = new ArrayList<>();
        for (TableId t : TableId.values()) {
            if (t.key().equals(table) || t.shortName().equals(table.strip().toUpperCase(Locale.ROOT))) {
                found.add(t);
            }
        }
        return found;
    }
}
