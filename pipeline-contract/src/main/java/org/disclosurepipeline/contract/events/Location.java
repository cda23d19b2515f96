package org.disclosurepipeline.contract.events;

/**
 * Where a finding points: the section key, the table (T2/T3/T4), the row key and the column key, each null (and
 * left out of the JSON) when it does not apply; all four null means the whole document.
 */
public record Location(String section, String table, String row, String column) {

    public static Location document() {
        return new Location(null, null, null, null);
    }
}
