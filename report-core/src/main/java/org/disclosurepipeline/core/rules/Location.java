package org.disclosurepipeline.core.rules;

/**
 * Where a finding points: the section key, the table (T2/T3/T4), the row key and the column key, each null when it
 * does not apply.
 */
public record Location(String section, String table, String row, String column) {

    public static Location ofSection(String section) {
        return new Location(section, null, null, null);
    }

    public static Location document() {
        return new Location(null, null, null, null);
    }
}
