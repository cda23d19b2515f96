package org.disclosurepipeline.contract.events;

/**
 * A cell of a parsed report corrected by a person, in {@code reports.raw} and the outcome's correction summary.
 *
 * @param cell     the dotted key of the cell ({@code applications.newReceived.naturalPerson}), as findings' cells
 * @param value    the value entered ("12")
 * @param previous what the parser had read there ("l2"), or null when not known (yet)
 */
public record CorrectedCell(String cell, String value, String previous) {
}
