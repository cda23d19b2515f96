package org.disclosurepipeline.core.parse;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.disclosurepipeline.core.template.CellKind;
import org.disclosurepipeline.core.template.ColumnDef;
import org.disclosurepipeline.core.template.RowDef;
import org.disclosurepipeline.core.template.TableId;
import org.disclosurepipeline.core.template.TemplateCatalog;

/**
 * Reads the rows of one table from its cells, in template order: finds each row's label, then its values. Empty
 * cells are kept as null and reported; a row whose cells cannot be placed without guessing is reported, never
 * filled in.
 */
final class TableReader {

    private final TableId table;
    private final Token[] tokens;
    private int cursor;

    /** The report's cells, shared by the readers of its tables. */
    final Map<String, Number> cells;
    /** How many cells this table put there. */
    int cellsRead;
    final List<CellProblem> cellProblems = new ArrayList<>();
    /** Amounts read from cells that name their unit (96500元). */
    final List<UnitReading> unitReadings = new ArrayList<>();
    final List<LabelDeviation> labelDeviations = new ArrayList<>();
    final List<TableProblem> tableProblems = new ArrayList<>();
    /** Rows whose glued digits split in several consistent ways; other rows may still tell which one is right. */
    final Map<RowDef, GluedRow> ambiguousRows = new LinkedHashMap<>();

    /** A row printed with its cells glued together, and the splits that its own constraint allows. */
    record GluedRow(Token label, String digits, List<List<Number>> candidates) {
    }

    TableReader(TableId table, List<Token> tokens, Map<String, Number> cells) {
        this.table = table;
        this.tokens = tokens.toArray(new Token[0]);
        this.cells = cells;
    }

    /**
     * Reads the rows in order; a row that is not found is recorded as a problem of the table, unless its place tells
     * it: the one row of the template missing between two rows that were found (or the table's start or end) is
     * the one label there that carries values and looks enough like it ({@link #readByPlace}).
     *
     * @param following the rows that come after these ones, so that a missing row is not looked for past them; when
     *                  empty, these rows end the table
     */
    void readInOrder(List<RowDef> rows, List<RowDef> following) {
        String[] words = officialWords(rows, following);
        for (int i = 0; i < rows.size(); i++) {
            RowDef row = rows.get(i);
            int from = cursor;
            int at = findLabel(row, words, i + 1);
            if (at < 0) {
                if (unfound != null) {
                    notFound(unfound); // two rows missing one after the other: neither has a place of its own
                }
                unfound = row;
                unfoundFrom = from;
                continue;
            }
            if (unfound != null) {
                readByPlace(at, row);
            }
            readRowAt(row, at, null);
            lastRead = row;
        }
        if (following.isEmpty() && unfound != null) {
            readByPlace(tokens.length, null);
        }
    }

    /** The row of the template not found by its label, while the next row found may still give it a place. */
    private RowDef unfound;
    private int unfoundFrom;
    /** The last row read by its label, the neighbour before the next one. */
    private RowDef lastRead;

    /**
     * Reads the unfound row from the only label in tokens[unfoundFrom, to) that carries values, when its words share
     * at least half of the row's official words in order: its label was damaged (characters lost, a line of the
     * layout cut into it), but its place between its neighbours tells which row it is. Otherwise the row is not
     * found.
     *
     * @param next the row found at {@code to}, or null at the table's end
     */
    private void readByPlace(int to, RowDef next) {
        RowDef row = unfound;
        unfound = null;
        int found = -1;
        for (int i = unfoundFrom; i < to; i++) {
            Token t = tokens[i];
            if (t.isBlank() || CellRange.isValueCell(t) || t.labelWords().isEmpty() || !hasValues(i)) {
                continue;
            }
            if (found >= 0) {
                notFound(row); // two labels with values where one row is missing: which is it?
                return;
            }
            found = i;
        }
        String official = Labels.official(row);
        if (found < 0 || KnownLabels.isLabel(written(tokens[found]))
                || 2 * Labels.commonLength(tokens[found].labelWords(), official) < official.length()) {
            notFound(row);
            return;
        }
        cursor = found + 1;
        readRowAt(row, found, new PlaceMatch(lastRead, next));
    }

    /** The neighbours that placed a row whose label was not recognised (null: the table's start or end). */
    record PlaceMatch(RowDef before, RowDef after) {
    }

    private void notFound(RowDef row) {
        tableProblems.add(new TableProblem(table, row.rowKey(), "row '" + row.label() + "' was not found",
                "未找到“" + row.label() + "”一行"));
    }

    /** The label as written, without the digits glued to it. */
    private static String written(Token label) {
        return label.glued() != null ? label.glued().label() : label.text();
    }

    /** Reads the cells of the row whose label is at {@code at}; {@code byPlace} when it was known by its place. */
    private void readRowAt(RowDef row, int at, PlaceMatch byPlace) {
        Token label = tokens[at];
        cursor = at + 1;
        CellRange values = CellRange.after(tokens, at);
        GluedCells.LabelAndDigits glued = label.glued();
        if (glued != null && !values.hasValue(tokens)) {
            noteLabel(row, label, byPlace);
            placeGlued(row, label, glued);
            return;
        }
        place(row, at, values, byPlace);
    }

    /** Notes a label that is not the official one: a typo, a known variant, or a damaged label known by its place. */
    private void noteLabel(RowDef row, Token label, PlaceMatch byPlace) {
        String official = Labels.official(row);
        String found = label.labelWords();
        if (byPlace != null) {
            String written = written(label);
            labelDeviations.add(new LabelDeviation(row.rowKey(), written, row.label(), label.line(),
                    LabelDeviation.Kind.BY_PLACE, byPlace.before() == null ? null : byPlace.before().label(),
                    byPlace.after() == null ? null : byPlace.after().label()));
        } else if (!found.equals(official) && !found.endsWith(official)) {
            LabelDeviation.Kind kind = !isLabel(found, official) && Labels.isVariant(found, Labels.variants(row))
                    ? LabelDeviation.Kind.VARIANT : LabelDeviation.Kind.TYPO;
            labelDeviations.add(new LabelDeviation(row.rowKey(), written(label), row.label(), label.line(), kind,
                    null, null));
        }
    }

    /** True when the label of the row stands before any later row's label. */
    boolean hasLabelAhead(RowDef row, List<RowDef> laterRows) {
        return findLabel(row, officialWords(laterRows, List.of()), 0) >= 0;
    }

    /** True when the token after the label of this row is a value, i.e. the row carries numbers of its own. */
    boolean labelCarriesValues(RowDef row, List<RowDef> laterRows) {
        int at = findLabel(row, officialWords(laterRows, List.of()), 0);
        return at >= 0 && hasValues(at);
    }

    /**
     * True when the label of this row stands before any later row's label with a row of blank cells of its own, one
     * per column at least, in a layout that keeps cells' places ({@link CellPlaces#blankRow}).
     */
    boolean labelHasBlankRow(RowDef row, List<RowDef> laterRows) {
        int at = findLabel(row, officialWords(laterRows, List.of()), 0);
        return at >= 0 && CellPlaces.blankRow(tokens, at, row) != null;
    }

    private static String[] officialWords(List<RowDef> rows, List<RowDef> following) {
        String[] words = new String[rows.size() + following.size()];
        for (int i = 0; i < rows.size(); i++) {
            words[i] = Labels.official(rows.get(i));
        }
        for (int i = 0; i < following.size(); i++) {
            words[rows.size() + i] = Labels.official(following.get(i));
        }
        return words;
    }

    /**
     * The label of a row (its official words, or a known variant of them) before any of words[later…]; -1 when a
     * later row comes first or none.
     */
    private int findLabel(RowDef row, String[] words, int later) {
        String official = Labels.official(row);
        String[] variants = Labels.variants(row);
        for (int i = cursor; i < tokens.length; i++) {
            Token t = tokens[i];
            if (t.isBlank() || t.isValue()) {
                continue;
            }
            String found = t.labelWords();
            if (isLabel(found, official) || variants.length > 0 && Labels.isVariant(found, variants)) {
                return i;
            }
            for (int w = later; w < words.length; w++) {
                // a short label such as 总计 is also a column heading: it ends the search only on a data row
                if (isLabel(found, words[w]) && (words[w].length() >= 4 || hasValues(i))) {
                    return -1;
                }
            }
        }
        return -1;
    }

    private boolean hasValues(int labelIndex) {
        return tokens[labelIndex].glued() != null || CellRange.after(tokens, labelIndex).hasNonBlank(tokens);
    }

    private static boolean isLabel(String words, String official) {
        return Labels.matches(words, official) || official.length() >= 4 && words.endsWith(official);
    }

    private void placeGlued(RowDef row, Token label, GluedCells.LabelAndDigits glued) {
        List<CellKind> kinds = row.columns().stream().map(ColumnDef::kind).toList();
        // T3 rows end in their total; T2 rows carry no sum of their own
        List<List<Number>> candidates = GluedCells.candidates(glued.digits(), kinds,
                table == TableId.APPLICATIONS ? row.width() : 0);
        String lastKey = row.cellKeys().get(row.width() - 1);
        if (glued.unit() != null) {
            candidates = inColumnUnit(candidates, glued.unit(), lastKey);
        }
        if (candidates.size() == 1) {
            placeValues(row, candidates.get(0));
            if (glued.unit() != null) {
                unitReadings.add(new UnitReading(lastKey, glued.written(),
                        (BigDecimal) candidates.get(0).get(row.width() - 1), glued.unit(),
                        TemplateCatalog.amountUnit(lastKey), label.line()));
            }
        } else {
            ambiguousRows.put(row, new GluedRow(label, glued.written(), candidates));
        }
    }

    /**
     * The splits with their last cell, the amount the unit after the digits belongs to, in the column's unit; none
     * when the row does not end in an amount or the amount does not convert exactly.
     */
    private static List<List<Number>> inColumnUnit(List<List<Number>> candidates, String unit, String lastKey) {
        String columnUnit = TemplateCatalog.amountUnit(lastKey);
        List<List<Number>> converted = new ArrayList<>(candidates.size());
        for (List<Number> split : candidates) {
            BigDecimal amount = columnUnit == null ? null
                    : AmountUnits.convert((BigDecimal) split.get(split.size() - 1), unit, columnUnit);
            if (amount != null) {
                List<Number> values = new ArrayList<>(split);
                values.set(values.size() - 1, amount);
                converted.add(values);
            }
        }
        return converted;
    }

    /** Places values that are certain, e.g. the only consistent split of a glued row. */
    void placeValues(RowDef row, List<Number> values) {
        for (int c = 0; c < row.width(); c++) {
            cells.put(row.cellKeys().get(c), values.get(c));
            cellsRead++;
        }
        ambiguousRows.remove(row);
    }

    /**
     * Reports the glued rows that are still ambiguous, saying what the clerk can do: the document itself does not say
     * where one cell ends and the next begins, so only a version with the cells apart can.
     */
    void reportAmbiguousRows() {
        ambiguousRows.forEach((row, glued) -> {
            String digits = GluedCells.quoted(glued.digits());
            int ways = glued.candidates().size();
            String count = ways > GluedCells.MAX_CANDIDATES ? "many" : String.valueOf(ways);
            String where = "row '" + row.label() + "' (line " + glued.label().line() + ") has its cells glued "
                    + "together as '" + digits + "'";
            String whereZh = "“" + row.label() + "”一行（第" + glued.label().line() + "行）的数字连在一起（" + digits + "）";
            tableProblems.add(ways == 0
                    ? new TableProblem(table, row.rowKey(), where + " and no split into " + row.width()
                            + " numbers is consistent; check the row's figures and send them with the cells apart",
                            whereZh + "，无法拆分为" + row.width() + "个相互一致的数值；请核对该行数字，并将各单元格分开后重新提交")
                    : new TableProblem(table, row.rowKey(), where + ", which splits into " + row.width()
                            + " numbers in " + count + " consistent ways; the cells are left unread, as the document "
                            + "does not say where one ends: send the report as published (web page, Word or PDF "
                            + "file) or with this row's cells apart",
                            whereZh + "，有多种相互一致的拆分方式，文档本身无法确定各单元格的分界，未予读取；请提交原始文件"
                                    + "（网页、Word或PDF），或将该行各单元格分开后重新提交"));
        });
        ambiguousRows.clear();
    }

    private void place(RowDef row, int labelAt, CellRange found, PlaceMatch byPlace) {
        Token label = tokens[labelAt];
        CellRange fitted = found.fit(tokens, row.width());
        // mostly the run after the label; only where blanks leave it in doubt, the cells found by their places
        Token[] values = fitted != null ? tokens : CellPlaces.of(tokens, labelAt, row);
        int first = fitted != null ? fitted.from() : 0;
        if (values == null) {
            long numbers = java.util.Arrays.stream(tokens, found.from(), found.to()).filter(t -> !t.isBlank()).count();
            tableProblems.add(new TableProblem(table, row.rowKey(),
                    "row '" + row.label() + "' (line " + label.line() + ") has " + numbers + " values for "
                            + row.width() + " columns; blank cells cannot be placed without guessing",
                    "“" + row.label() + "”一行（第" + label.line() + "行）有" + numbers + "个数值，应有" + row.width()
                            + "列，空白单元格的位置无法确定"));
            return;
        }
        noteLabel(row, label, byPlace);
        for (int c = 0; c < row.width(); c++) {
            ColumnDef column = row.columns().get(c);
            Token cell = values[first + c];
            String key = row.cellKeys().get(c);
            int line = cell.line() == 0 ? label.line() : cell.line();
            Number value = Cells.parse(cell.text(), column.kind());
            UnitReading withUnit = value == null && !cell.isBlank() ? AmountUnits.read(cell.text(), key, line) : null;
            if (withUnit != null) {
                value = withUnit.value();
                unitReadings.add(withUnit);
            }
            cells.put(key, value);
            cellsRead++;
            if (value == null) {
                cellProblems.add(CellProblem.of(key, cell.text(), column.kind(), line));
            }
        }
    }

}
