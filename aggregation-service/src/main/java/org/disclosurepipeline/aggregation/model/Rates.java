package org.disclosurepipeline.aggregation.model;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Map;

/**
 * Derived rates of a rollup's summed cells. Each is null when its denominator is 0 or a cell is unfilled.
 *
 * @param grantedShare             applications granted (予以公开) / all processed (（七）总计)
 * @param reviewCorrectionRate     administrative reviews corrected / reviews concluded (upheld + corrected + other)
 * @param litigationCorrectionRate lawsuits (direct and after review) corrected / lawsuits concluded
 */
public record Rates(Double grantedShare, Double reviewCorrectionRate, Double litigationCorrectionRate) {

    private static final List<String> CONCLUDED = List.of("upheld", "corrected", "other");
    private static final List<String> REVIEW = List.of("review");
    private static final List<String> LITIGATION = List.of("litigationDirect", "litigationAfterReview");

    public static Rates of(Map<String, BigDecimal> figures) {
        return new Rates(
                ratio(figures.get("applications.granted.total"), figures.get("applications.totalProcessed.total")),
                ratio(t4(figures, REVIEW, List.of("corrected")), t4(figures, REVIEW, CONCLUDED)),
                ratio(t4(figures, LITIGATION, List.of("corrected")), t4(figures, LITIGATION, CONCLUDED)));
    }

    /** Sum of T4 cells over groups × columns; null when any of them is unfilled. */
    private static BigDecimal t4(Map<String, BigDecimal> figures, List<String> groups, List<String> columns) {
        BigDecimal total = BigDecimal.ZERO;
        for (String group : groups) {
            for (String column : columns) {
                BigDecimal v = figures.get("reviewLitigation." + group + "." + column);
                if (v == null) {
                    return null;
                }
                total = total.add(v);
            }
        }
        return total;
    }

    private static Double ratio(BigDecimal part, BigDecimal whole) {
        if (part == null || whole == null || whole.signum() == 0) {
            return null;
        }
        return part.divide(whole, MathContext.DECIMAL64).doubleValue();
    }
}
