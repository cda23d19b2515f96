package org.disclosurepipeline.core.rules;

import java.time.MonthDay;

/**
 * The knobs of the catalogue.
 *
 * @param agencyDeadline   publication deadline in year N+1 for departments and townships (条例: 31 January)
 * @param regionalDeadline deadline for county-level and higher regional governments (31 March)
 * @param copyThreshold    share of last year's narrative that may be repeated before R-XY-COPY warns (0..1)
 */
public record RuleSettings(MonthDay agencyDeadline, MonthDay regionalDeadline, double copyThreshold) {

    public static RuleSettings defaults() {
        return new RuleSettings(MonthDay.of(1, 31), MonthDay.of(3, 31), 0.5);
    }
}
