package org.disclosurepipeline.core.rules.arithmetic;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.disclosurepipeline.core.model.Figures;

/**
 * One side of an equation over cells: their sum, the cells that went into it, and the cells that were missing
 * (empty or absent), in which case there is no sum.
 */
public record Side(BigDecimal value, List<String> cells, List<String> missing) {

    public static Side sum(Figures figures, List<String> keys) {
        BigDecimal total = BigDecimal.ZERO;
        List<String> missing = new ArrayList<>();
        for (String key : keys) {
            BigDecimal v = figures.decimal(key);
            if (v == null) {
                missing.add(key);
            } else {
                total = total.add(v);
            }
        }
        return new Side(missing.isEmpty() ? total : null, List.copyOf(keys), List.copyOf(missing));
    }

    public boolean assessable() {
        return missing.isEmpty();
    }
}
