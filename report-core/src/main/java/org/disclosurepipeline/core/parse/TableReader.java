package org.disclosurepipeline.core.parse;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.disclosurepipeline.core.template.CellKind;
import org.disclosurepipeline.core.template.ColumnDef;
import org.disclosurepipeline.core.template.RowDef;
import org.disclosurepipeline.core.template.TableId;

/**
 * Reads the rows of one table from its cells, in template order: finds each row's label, then its values. Empty
 * cells are kept as null and reported; a row whose cells cannot be placed without guessing is reported, never
 * filled in.
 */
final class TableReader {

    private final TableId table;
    private final List<Token> tokens;
    private int cursor;

    /** The report's cells, shared by the readers of its tables. */
    final Map<String, Number> cells;
    /** How many cells this table put there. */
    int cellsRead;
    final List<CellProblem> cellProblems = new ArrayList<>();
    final List<LabelDeviation> labelDeviations = new ArrayList<>();
    final List<TableProblem> tableProblems = new ArrayList<>();
    /** Rows whose glued digits split in several consistent ways; other rows may still tell which one is right. */
    final Map<RowDef, GluedRow> ambiguousRows = new LinkedHashMap<>();

    /** A row printed with its cells glued together, and the splits that its own constraint allows. */
    record GluedRow(Token label, String digits, List<List<Number>> candidates) {
    }

    TableReader(TableId table, List<Token> tokens, Map<String, Number> cells) {
        this.table = table;
        this.tokens = tokens;
        this.cells = cells;
    }

    /**
     * Reads the rows in order; a row that is not found is recorded as a problem of the table.
     *
     * @param following the rows that come after these ones, so that a missing row is not looked for past them
     */
    void readInOrder(List<RowDef> rows, List<RowDef> following) {
        List<String> words = officialWords(rows, following);
        for (int i = 0; i < rows.size(); i++) {
            RowDef row = rows.get(i);
            if (!readRow(row, words.subList(i + 1, words.size()))) {
                tableProblems.add(new TableProblem(table, row.rowKey(), "row '" + row.label() + "' was not found",
                        "未找到“" + row.label() + "”一行"));
            }
        }
    }

    /** Finds the row's label before any later row's label, then reads its cells; false when the label is not there. */
    private boolean readRow(RowDef row, List<String> laterWords) {
        int at = findLabel(Labels.official(row), laterWords);
        if (at < 0) {
            return false;
        }
        Token label = tokens.get(at);
        cursor = at + 1;
        List<Token> values = valuesAfter(at);
        GluedCells.LabelAndDigits glued = label.glued();
        if (glued != null && noValue(values) && isLabel(label.labelWords(), Labels.official(row))) {
            placeGlued(row, label, glued.digits());
            return true;
        }
        place(row, label, values);
        return true;
    }

    /** True when the label of the row stands before any later row's label. */
    boolean hasLabelAhead(RowDef row, List<RowDef> laterRows) {
        return findLabel(Labels.official(row), officialWords(laterRows, List.of())) >= 0;
    }

    /** True when the token after the label of this row is a value, i.e. the row carries numbers of its own. */
    boolean labelCarriesValues(RowDef row, List<RowDef> laterRows) {
        int at = findLabel(Labels.official(row), officialWords(laterRows, List.of()));
        return at >= 0 && hasValues(at);
    }

    private static List<String> officialWords(List<RowDef> rows, List<RowDef> following) {
        List<String> words = new ArrayList<>(rows.size() + following.size());
        rows.forEach(r -> words.add(Labels.official(r)));
        following.forEach(r -> words.add(Labels.official(r)));
        return words;
    }

    private int findLabel(String official, List<String> laterWords) {
        for (int i = cursor; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.isBlank() || t.isValue()) {
                continue;
            }
            String words = t.labelWords();
            if (isLabel(words, official)) {
                return i;
            }
            for (String later : laterWords) {
                // a short label such as 总计 is also a column heading: it ends the search only on a data row
                if (isLabel(words, later) && (later.length() >= 4 || hasValues(i))) {
                    return -1;
                }
            }
        }
        return -1;
    }

    private boolean hasValues(int labelIndex) {
        if (tokens.get(labelIndex).glued() != null) {
            return true;
        }
        return anyNonBlank(valuesAfter(labelIndex));
    }

    private static boolean anyNonBlank(List<Token> tokens) {
        for (int i = 0; i < tokens.size(); i++) {
            if (!tokens.get(i).isBlank()) {
                return true;
            }
        }
        return false;
    }

    private static boolean noValue(List<Token> tokens) {
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).isValue()) {
                return false;
            }
        }
        return true;
    }

    private static boolean isLabel(String words, String official) {
        return Labels.matches(words, official) || official.length() >= 4 && words.endsWith(official);
    }

    /**
     * The cells that belong to the label at {@code at}: the rest of its row, or, when its row holds no value, the
     * next rows made only of values (numbers printed on a line of their own).
     */
    private List<Token> valuesAfter(int at) {
        int row = tokens.get(at).row();
        int from = at + 1;
        int i = from;
        while (i < tokens.size() && tokens.get(i).row() == row && isValueCell(tokens.get(i))) {
            i++;
        }
        for (int k = from; k < i; k++) {
            if (!tokens.get(k).isBlank()) {
                return tokens.subList(from, i);
            }
        }
        from = i;
        while (i < tokens.size() && isValueCell(tokens.get(i))) {
            i++;
        }
        return tokens.subList(from, i);
    }

    /** A value cell holds a number, an empty mark, or a short text with digits (an invalid value). */
    private static boolean isValueCell(Token t) {
        String s = t.text();
        return t.isBlank() || t.isValue() || s.length() <= 10 && hasDigit(s) && !isNumberedLabel(s);
    }

    private static boolean hasDigit(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isDigit(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** True when the text starts as a numbered label does: digits, maybe spaces, then '.' or '、' (1.属于国家秘密). */
    private static boolean isNumberedLabel(String s) {
        int i = 0;
        while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
            i++;
        }
        if (i == 0) {
            return false;
        }
        while (i < s.length() && " \t\n\u000B\f\r".indexOf(s.charAt(i)) >= 0) {
            i++;
        }
        return i < s.length() && (s.charAt(i) == '.' || s.charAt(i) == '、');
    }

    private void placeGlued(RowDef row, Token label, String digits) {
        List<CellKind> kinds = row.columns().stream().map(ColumnDef::kind).toList();
        // T3 rows end in their total; T2 rows carry no sum of their own
        List<List<Number>> candidates = GluedCells.candidates(digits, kinds,
                table == TableId.APPLICATIONS ? row.width() : 0);
        if (candidates.size() == 1) {
            placeValues(row, candidates.get(0));
        } else {
            ambiguousRows.put(row, new GluedRow(label, digits, candidates));
        }
    }

    /** Places values that are certain, e.g. the only consistent split of a glued row. */
    void placeValues(RowDef row, List<Number> values) {
        for (int c = 0; c < row.width(); c++) {
            cells.put(row.cellKeys().get(c), values.get(c));
            cellsRead++;
        }
        ambiguousRows.remove(row);
    }

    /** Reports the glued rows that are still ambiguous. */
    void reportAmbiguousRows() {
        ambiguousRows.forEach((row, glued) -> {
            int ways = glued.candidates().size();
            String count = ways > GluedCells.MAX_CANDIDATES ? "many" : String.valueOf(ways);
            tableProblems.add(ways == 0
                    ? new TableProblem(table, row.rowKey(), "row '" + row.label() + "' (line " + glued.label().line()
                            + ") has its cells glued together as '" + glued.digits()
                            + "' and no split into " + row.width() + " numbers is consistent",
                            "“" + row.label() + "”一行（第" + glued.label().line() + "行）的数字连在一起（" + glued.digits()
                                    + "），无法拆分为" + row.width() + "个相互一致的数值")
                    : new TableProblem(table, row.rowKey(), "row '" + row.label() + "' (line " + glued.label().line()
                            + ") has its cells glued together as '" + glued.digits() + "', which splits into "
                            + row.width() + " numbers in " + count + " consistent ways; the cells are left unread",
                            "“" + row.label() + "”一行（第" + glued.label().line() + "行）的数字连在一起（" + glued.digits()
                                    + "），有多种相互一致的拆分方式，未予读取"));
        });
        ambiguousRows.clear();
    }

    private void place(RowDef row, Token label, List<Token> found) {
        List<Token> values = fit(found, row.width());
        if (values == null) {
            long numbers = found.stream().filter(t -> !t.isBlank()).count();
            tableProblems.add(new TableProblem(table, row.rowKey(),
                    "row '" + row.label() + "' (line " + label.line() + ") has " + numbers + " values for "
                            + row.width() + " columns; blank cells cannot be placed without guessing",
                    "“" + row.label() + "”一行（第" + label.line() + "行）有" + numbers + "个数值，应有" + row.width()
                            + "列，空白单元格的位置无法确定"));
            return;
        }
        String officialWords = Labels.official(row);
        String foundWords = label.labelWords();
        if (!foundWords.equals(officialWords) && !foundWords.endsWith(officialWords)) {
            labelDeviations.add(new LabelDeviation(row.rowKey(), label.text(), row.label(), label.line()));
        }
        for (int c = 0; c < row.width(); c++) {
            ColumnDef column = row.columns().get(c);
            Token cell = values.get(c);
            String key = row.cellKeys().get(c);
            Number value = Cells.parse(cell.text(), column.kind());
            cells.put(key, value);
            cellsRead++;
            if (value == null) {
                CellProblem.Kind kind = Cells.isEmptyMark(cell.text()) ? CellProblem.Kind.EMPTY
                        : CellProblem.Kind.INVALID;
                cellProblems.add(new CellProblem(key, cell.text(), kind, cell.line() == 0 ? label.line() : cell.line()));
            }
        }
    }

    /**
     * Chooses which of the found cells are the row's: interior blanks are empty cells; leading or trailing blanks
     * are used only when they can sit on one side alone. Returns null when that is ambiguous.
     */
    static List<Token> fit(List<Token> found, int width) {
        int first = 0;
        int last = found.size() - 1;
        while (first <= last && found.get(first).isBlank()) {
            first++;
        }
        while (last >= first && found.get(last).isBlank()) {
            last--;
        }
        if (first > last) {
            return found.size() >= width ? found.subList(0, width) : null;
        }
        List<Token> core = found.subList(first, last + 1);
        if (core.size() == width) {
            return core;
        }
        if (core.size() > width) {
            return null;
        }
        int missing = width - core.size();
        int leading = first;
        int trailing = found.size() - 1 - last;
        if (trailing == 0 && leading >= missing) {
            return found.subList(first - missing, last + 1);
        }
        if (leading == 0 && trailing >= missing) {
            return found.subList(first, last + 1 + missing);
        }
        return null;
    }
}
