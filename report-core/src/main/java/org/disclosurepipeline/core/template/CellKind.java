package org.disclosurepipeline.core.template;

/** What a cell of the template may hold. */
public enum CellKind {
    /** A non-negative integer. */
    COUNT,
    /** A non-negative decimal (the T2 fee in 10,000 yuan, the 2019 procurement amount). */
    DECIMAL,
    /** An integer that may be negative (the 2019 template's 本年增/减). */
    SIGNED_COUNT
}
