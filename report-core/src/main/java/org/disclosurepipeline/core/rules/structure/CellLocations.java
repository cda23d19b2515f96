package org.disclosurepipeline.core.rules.structure;

import org.disclosurepipeline.core.rules.Location;
import org.disclosurepipeline.core.template.ColumnDef;
import org.disclosurepipeline.core.template.RowDef;
import org.disclosurepipeline.core.template.TemplateCatalog;

/** The location (section, table, row, column) of a cell, from its dotted key, and its name as a clerk finds it. */
public final class CellLocations {

    private CellLocations() {
    }

    public static Location of(String cellKey) {
        for (RowDef row : TemplateCatalog.allRows()) {
            for (ColumnDef column : row.columns()) {
                if (row.cellKey(column).equals(cellKey)) {
                    return new Location(row.table().section().key(), row.table().shortName(), row.key(),
                            column.key());
                }
            }
        }
        return Location.document();
    }

    /** T3 row '二、上年结转政府信息公开申请数量', column 商业企业 — or the key itself when it is in no template. */
    public static String describe(String cellKey) {
        for (RowDef row : TemplateCatalog.allRows()) {
            for (ColumnDef column : row.columns()) {
                if (row.cellKey(column).equals(cellKey)) {
                    return row.table().shortName() + " row '" + row.label() + "', column " + column.label();
                }
            }
        }
        return cellKey;
    }

    /** 表三“二、上年结转政府信息公开申请数量”行“商业企业”列 — or the key itself when it is in no template. */
    public static String describeZh(String cellKey) {
        for (RowDef row : TemplateCatalog.allRows()) {
            for (ColumnDef column : row.columns()) {
                if (row.cellKey(column).equals(cellKey)) {
                    return Tables.nameZh(row.table().shortName()) + "“" + row.label() + "”行“" + column.label() + "”列";
                }
            }
        }
        return cellKey;
    }
}
