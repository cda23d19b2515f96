package org.disclosurepipeline.core.parse;

import java.math.BigDecimal;

/**
 * An amount whose cell holds its unit as well as its number (96500元), read in the unit its column is kept in.
 *
 * @param cellKey     the dotted key of the cell
 * @param raw         the cell as written (or the glued digits and their unit)
 * @param value       the amount read, in the column's unit
 * @param writtenUnit the unit the cell names (元, 万元)
 * @param columnUnit  the unit the column is kept in ({@code TemplateCatalog.amountUnit})
 * @param line        1-based line of the document where the cell was read
 */
public record UnitReading(String cellKey, String raw, BigDecimal value, String writtenUnit, String columnUnit,
        int line) {

    /** True when the amount was converted from another unit (元 into 万元, 万元 into 元). */
    public boolean converted() {
        return !writtenUnit.equals(columnUnit);
    }
}
