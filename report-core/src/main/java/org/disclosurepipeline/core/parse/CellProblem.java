package org.disclosurepipeline.core.parse;

/**
 * A cell the parser could not turn into a number.
 *
 * @param cellKey the dotted key of the cell
 * @param raw     the text found in the cell ("" for blank)
 * @param kind    EMPTY for blank, "/", "—", "无"; INVALID for anything else that is not a number of the column's kind
 * @param line    1-based line of the document where the cell was read, or 0 when unknown
 * @param lookAlikeReading for an INVALID cell written with a letter for a digit (l for 1, O for 0), the number it
 *                would be with the digits it resembles ("1" for "l"); null otherwise. A suggestion to the clerk only:
 *                the cell stays unread.
 */
public record CellProblem(String cellKey, String raw, Kind kind, int line, String lookAlikeReading) {

    public enum Kind { EMPTY, INVALID }

    /** The problem of a cell that holds {@code raw} where a number of this kind is expected. */
    static CellProblem of(String cellKey, String raw, org.disclosurepipeline.core.template.CellKind kind, int line) {
        boolean empty = Cells.isEmptyMark(raw);
        return new CellProblem(cellKey, raw, empty ? Kind.EMPTY : Kind.INVALID, line,
                empty ? null : Cells.lookAlikeReading(raw, kind));
    }
}
