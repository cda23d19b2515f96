package org.disclosurepipeline.core.parse;

/**
 * A cell the parser could not turn into a number.
 *
 * @param cellKey the dotted key of the cell
 * @param raw     the text found in the cell ("" for blank)
 * @param kind    EMPTY for blank, "/", "—", "无"; INVALID for anything else that is not a number of the column's kind
 * @param line    1-based line of the document where the cell was read, or 0 when unknown
 */
public record CellProblem(String cellKey, String raw, Kind kind, int line) {

    public enum Kind { EMPTY, INVALID }
}
