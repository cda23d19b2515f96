package org.disclosurepipeline.core.parse;

/**
 * A corrected cell that cannot be: an unknown table, row or column, or a value that is not a number of the cell's
 * kind. Names the part at fault ({@code table}, {@code row}, {@code column}, {@code cell} or {@code value}) and why,
 * in English and Chinese.
 */
public class InvalidCorrection extends IllegalArgumentException {

    private final String part;
    private final String reasonZh;

    public InvalidCorrection(String part, String reason, String reasonZh) {
        super(reason);
        this.part = part;
        this.reasonZh = reasonZh;
    }

    public String part() {
        return part;
    }

    public String reason() {
        return getMessage();
    }

    public String reasonZh() {
        return reasonZh;
    }
}
