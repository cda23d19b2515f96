package org.disclosurepipeline.core.rules.structure;

import java.util.HashMap;
import java.util.Map;
import org.disclosurepipeline.core.rules.Location;
import org.disclosurepipeline.core.template.ColumnDef;
import org.disclosurepipeline.core.template.RowDef;
import org.disclosurepipeline.core.template.TemplateCatalog;

/** The location (section, table, row, column) of a cell, from its dotted key, and its name as a clerk finds it. */
public final class CellLocations {

    /** A cell of the template: its row and column. */
    record Cell(RowDef row, ColumnDef column) {
    }

    private static final Map<String, Cell> CELLS = cells();

    private CellLocations() {
    }

    private static Map<String, Cell> cells() {
        Map<String, Cell> cells = new HashMap<>();
        for (RowDef row : TemplateCatalog.allRows()) {
            for (ColumnDef column : row.columns()) {
                cells.putIfAbsent(row.cellKey(column), new Cell(row, column)); // the first, as a search would find
            }
        }
        return Map.copyOf(cells);
    }

    /** The template's cell of a dotted key, or null. */
    static Cell cell(String cellKey) {
        return CELLS.get(cellKey);
    }

    public static Location of(String cellKey) {
        Cell cell = CELLS.get(cellKey);
        return cell == null ? Location.document() : new Location(cell.row().table().section().key(),
                cell.row().table().shortName(), cell.row().key(), cell.column().key());
    }

    /** T3 row '二、上年结转政府信息公开申请数量', column 商业企业 — or the key itself when it is in no template. */
    public static String describe(String cellKey) {
        Cell cell = CELLS.get(cellKey);
        return cell == null ? cellKey
                : cell.row().table().shortName() + " row '" + cell.row().label() + "', column " + cell.column().label();
    }

    /** 表三“二、上年结转政府信息公开申请数量”行“商业企业”列 — or the key itself when it is in no template. */
    public static String describeZh(String cellKey) {
        Cell cell = CELLS.get(cellKey);
        return cell == null ? cellKey : Tables.nameZh(cell.row().table().shortName()) + "“" + cell.row().label()
                + "”行“" + cell.column().label() + "”列";
    }
}
