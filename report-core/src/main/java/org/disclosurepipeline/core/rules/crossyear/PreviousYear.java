package org.disclosurepipeline.core.rules.crossyear;

import org.disclosurepipeline.core.rules.RuleContext;

/** Naming last year's report and its cells in findings. */
final class PreviousYear {

    /** Cells of last year's report are named with this prefix: previousYear.applications.carriedForward.total. */
    static final String CELL_PREFIX = "previousYear.";

    private PreviousYear() {
    }

    /** "the 2023 report" or "last year's report". */
    static String en(RuleContext context) {
        Integer y = context.previousYear().year() != null ? context.previousYear().year()
                : context.year() == null ? null : context.year() - 1;
        return y == null ? "last year's report" : "the " + y + " report";
    }

    /** "2023年度报告" or "上一年度报告". */
    static String zh(RuleContext context) {
        Integer y = context.previousYear().year() != null ? context.previousYear().year()
                : context.year() == null ? null : context.year() - 1;
        return y == null ? "上一年度报告" : y + "年度报告";
    }
}
