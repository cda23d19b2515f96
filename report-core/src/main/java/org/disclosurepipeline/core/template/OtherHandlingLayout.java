package org.disclosurepipeline.core.template;

/** The three shapes of T3's （六）其他处理 block seen in real reports. */
public enum OtherHandlingLayout {
    /** 2021 template: 1. 逾期不补正, 2. 逾期未缴费, 3. 其他. */
    THREE_ROWS,
    /** County variant: the first two rows only. */
    TWO_ROWS,
    /** 2019 template: （六）其他处理 is one row of numbers. */
    SINGLE
}
