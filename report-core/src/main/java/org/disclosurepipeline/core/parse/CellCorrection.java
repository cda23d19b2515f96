package org.disclosurepipeline.core.parse;

/**
 * One corrected cell of a parsed report.
 *
 * @param cell     the dotted key of the cell ({@code applications.newReceived.naturalPerson}), as findings name it
 * @param value    the right value as a person typed it ("12", "0.5")
 * @param previous what the parser had read there (the text of an unreadable cell, or the number), or null when
 *                 unknown or empty
 */
public record CellCorrection(String cell, String value, String previous) {

    public CellCorrection withPrevious(String previousReading) {
        return new CellCorrection(cell, value, previousReading);
    }
}
