package org.disclosurepipeline.core.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.disclosurepipeline.core.template.CellKind;
import org.disclosurepipeline.core.template.RowDef;
import org.disclosurepipeline.core.template.TableId;
import org.disclosurepipeline.core.template.TemplateCatalog;

/**
 * T4 行政复议、行政诉讼: a two-level header and one data row of fifteen cells (复议 5, 直接起诉 5, 复议后起诉 5).
 * The data row is the run of rows after the header that hold only values.
 */
final class ReviewLitigationTableReader {

    private static final int WIDTH = 15;
    private static final String AFTER_REVIEW = Labels.words(TemplateCatalog.REVIEW_LITIGATION.get(2).label());

    private ReviewLitigationTableReader() {
    }

    static TableResult read(TableRegion region, Map<String, Number> cells) {
        List<Token> tokens = region.tokens();
        int start = 0;
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).labelWords().contains(AFTER_REVIEW)) {
                start = i;
                break;
            }
        }
        int lastLabel = -1;
        int firstValue = tokens.size();
        for (int i = start; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.isBlank()) {
                continue;
            }
            if (!t.isValue() && !t.isDamagedValue()) {
                lastLabel = i;
            } else {
                firstValue = i;
                break;
            }
        }
        int end = firstValue;
        while (end < tokens.size() && (tokens.get(end).isBlank() || tokens.get(end).isValue()
                || tokens.get(end).isDamagedValue())) {
            end++;
        }
        List<Token> found = new ArrayList<>(tokens.subList(lastLabel + 1, end));
        if (lastLabel >= 0) {
            // blanks of the header's last row are header cells, not data
            int headerRow = tokens.get(lastLabel).row();
            found.removeIf(t -> t.row() == headerRow);
        }
        Token[] dataRow = found.toArray(new Token[0]);
        CellRange values = new CellRange(0, dataRow.length).fit(dataRow, WIDTH);
        if (values == null) {
            Token[] placed = byPlace(dataRow);
            if (placed != null) {
                dataRow = placed;
                values = new CellRange(0, WIDTH);
            }
        }
        List<Token> nonBlank = found.stream().filter(t -> !t.isBlank()).toList();
        if (values == null && nonBlank.size() == 1) {
            return glued(nonBlank.get(0), cells);
        }
        if (values == null) {
            long numbers = found.stream().filter(t -> !t.isBlank()).count();
            return TableResult.missing(TableId.REVIEW_LITIGATION,
                    "the data row has " + numbers + " values where 15 are expected",
                    "数据行有" + numbers + "个数值，应为15个");
        }
        List<CellProblem> problems = new ArrayList<>();
        int i = 0;
        for (RowDef row : TemplateCatalog.REVIEW_LITIGATION) {
            for (int c = 0; c < row.width(); c++) {
                Token cell = dataRow[values.from() + i++];
                Number value = Cells.parse(cell.text(), row.columns().get(c).kind());
                String key = row.cellKeys().get(c);
                cells.put(key, value);
                if (value == null) {
                    problems.add(CellProblem.of(key, cell.text(), row.columns().get(c).kind(), cell.line()));
                }
            }
        }
        return new TableResult(TableId.REVIEW_LITIGATION, true, null, problems, List.of(), List.of(), List.of());
    }

    /**
     * The data row as one row of exactly fifteen cells, each in its place (a leading empty cell that the tab row
     * began with counted): null when the row's cells keep no places or are not fifteen.
     */
    private static Token[] byPlace(Token[] found) {
        if (found.length == 0 || found[0].column() < 0 || found[0].row() != found[found.length - 1].row()
                || found[found.length - 1].column() != WIDTH - 1
                || found[found.length - 1].column() - found[0].column() != found.length - 1) {
            return null;
        }
        Token[] cells = new Token[WIDTH];
        for (int c = 0; c < found[0].column(); c++) {
            cells[c] = new Token("", found[0].line(), found[0].row(), c);
        }
        System.arraycopy(found, 0, cells, found[0].column(), found.length);
        return cells;
    }

    /** The fifteen cells printed as one run of digits: read only when a single split makes every group add up. */
    private static TableResult glued(Token run, Map<String, Number> cells) {
        List<CellKind> kinds = java.util.Collections.nCopies(WIDTH, CellKind.COUNT);
        List<List<Number>> candidates = GluedCells.candidates(run.text().replace(" ", ""), kinds,
                TemplateCatalog.OUTCOME_COLUMNS.size());
        if (candidates.size() != 1) {
            String ways = candidates.isEmpty() ? "no" : candidates.size() > GluedCells.MAX_CANDIDATES ? "many"
                    : String.valueOf(candidates.size());
            return TableResult.missing(TableId.REVIEW_LITIGATION, "the data row (line " + run.line()
                    + ") has its 15 cells glued together as '" + GluedCells.quoted(run.text()) + "', with " + ways
                    + " consistent ways to split them; the cells are left unread",
                    "数据行（第" + run.line() + "行）的15个数字连在一起（" + GluedCells.quoted(run.text()) + "），无法唯一拆分，未予读取");
        }
        int i = 0;
        for (RowDef row : TemplateCatalog.REVIEW_LITIGATION) {
            for (String key : row.cellKeys()) {
                cells.put(key, candidates.get(0).get(i++));
            }
        }
        return new TableResult(TableId.REVIEW_LITIGATION, true, null, List.of(), List.of(), List.of(), List.of());
    }
}
