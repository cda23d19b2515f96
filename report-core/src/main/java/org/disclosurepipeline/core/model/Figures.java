package org.disclosurepipeline.core.model;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The table cells of a report, by dotted key ({@code applications.granted.total}), in template order.
 * <p>
 * Three states are kept apart: a key that is absent means the report's template has no such row; a key present
 * with a {@code null} value means the cell was there but empty ("/", "—", blank); otherwise the value is a
 * {@link Long} (counts) or a {@link BigDecimal} (amounts). Nothing here ever turns an empty cell into zero.
 */
public final class Figures {

    private final Map<String, Number> cells;

    private Figures(Map<String, Number> cells) {
        this.cells = Collections.unmodifiableMap(cells);
    }

    public static Figures of(Map<String, ? extends Number> cells) {
        return new Figures(new LinkedHashMap<>(cells));
    }

    /**
     * Takes a map the caller has just built and hands over: no copy is made, so the caller must not change it
     * afterwards (the parser builds a report's cells once and keeps no reference).
     */
    public static Figures handOver(LinkedHashMap<String, Number> cells) {
        return new Figures(cells);
    }

    public static Figures empty() {
        return new Figures(new LinkedHashMap<>());
    }

    /** True when the report has this cell (even if it is empty). */
    public boolean has(String key) {
        return cells.containsKey(key);
    }

    /** The value of a cell, or null when it is empty or absent. */
    public Number get(String key) {
        return cells.get(key);
    }

    /** The value as a long, or null when the cell is empty, absent or not a whole number. */
    public Long count(String key) {
        Number n = cells.get(key);
        if (n instanceof Long l) {
            return l;
        }
        if (n instanceof BigDecimal d && d.stripTrailingZeros().scale() <= 0) {
            return d.longValueExact();
        }
        return null;
    }

    /** The value as a decimal, or null when the cell is empty or absent. */
    public BigDecimal decimal(String key) {
        Number n = cells.get(key);
        if (n == null) {
            return null;
        }
        return n instanceof BigDecimal d ? d : BigDecimal.valueOf(n.longValue());
    }

    public Set<String> keys() {
        return cells.keySet();
    }

    /** All cells in template order; values may be null. */
    public Map<String, Number> asMap() {
        return cells;
    }

    public boolean isEmpty() {
        return cells.isEmpty();
    }

    /** A copy with one cell set (or added). */
    public Figures with(String key, Number value) {
        Map<String, Number> copy = new LinkedHashMap<>(cells);
        copy.put(key, value);
        return new Figures(copy);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Figures other && normalised(cells).equals(normalised(other.cells));
    }

    @Override
    public int hashCode() {
        return normalised(cells).hashCode();
    }

    /** Compares decimals by value, so that 1.50 equals 1.5 and 0 equals 0.0. */
    private static Map<String, Object> normalised(Map<String, Number> cells) {
        Map<String, Object> out = new LinkedHashMap<>();
        cells.forEach((k, v) -> out.put(k, v == null ? null
                : v instanceof BigDecimal d ? d.stripTrailingZeros().toPlainString() : v.toString()));
        return out;
    }

    @Override
    public String toString() {
        return cells.toString();
    }
}
