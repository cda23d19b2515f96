package org.disclosurepipeline.core.rules.structure;

import org.disclosurepipeline.core.rules.RuleContext;

/** Shared facts for the structure rules. */
final class Structure {

    private Structure() {
    }

    /** A document with at least one section heading or one table; otherwise only R-FMT-NOT-A-REPORT speaks. */
    static boolean looksLikeReport(RuleContext context) {
        return !context.diagnostics().headings().isEmpty() || !context.diagnostics().tablesFound().isEmpty();
    }
}
