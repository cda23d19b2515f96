package org.disclosurepipeline.core.synthetic;

import java.util.ArrayList;
import java.util.List;
import org.disclosurepipeline.core.template.ColumnDef;
import org.disclosurepipeline.core.template.RowDef;
import org.disclosurepipeline.core.template.TemplateCatalog;

/**
 * The three tables of a synthetic report as printed rows, before any layout: header rows (words only) and data
 * rows (a label and its values). Layouts turn these rows into text or documents.
 */
public record PrintedTable(List<Row> rows) {

    /** A printed row: a group heading printed beside it (or null), the label (or null for T4), the cells. */
    public record Row(String group, String label, List<String> cells, boolean header) {

        static Row header(String... cells) {
            return new Row(null, null, List.of(cells), true);
        }

        static Row data(String group, String label, List<String> cells) {
            return new Row(group, label, cells, false);
        }
    }

    public static PrintedTable activeDisclosure(SyntheticReport report) {
        List<Row> rows = new ArrayList<>();
        String item = "信息内容";
        String lastHeading = null;
        for (RowDef row : report.activeDisclosureRows()) {
            String heading = activeHeading(row.key());
            if (!heading.equals(lastHeading)) {
                rows.add(Row.header("第二十条第" + heading + "项"));
                List<String> header = new ArrayList<>(List.of(item));
                row.columns().forEach(c -> header.add(c.label()));
                rows.add(Row.header(header.toArray(String[]::new)));
                lastHeading = heading;
            }
            rows.add(Row.data(null, row.label(), values(report, row)));
        }
        return new PrintedTable(rows);
    }

    /** 第二十条 items under which the template prints each T2 row. */
    private static String activeHeading(String rowKey) {
        return switch (rowKey) {
            case "regulations", "normativeDocuments" -> "（一）";
            case "licensingDecisions", "licensing", "otherManagementServices" -> "（五）";
            case "penaltyDecisions", "coercionDecisions", "penalties", "coercion" -> "（六）";
            case "feesTenThousandYuan", "fees" -> "（八）";
            default -> "（九）";
        };
    }

    public static PrintedTable applications(SyntheticReport report) {
        List<Row> rows = new ArrayList<>();
        rows.add(Row.header(TemplateCatalog.APPLICATIONS_BALANCE_NOTE));
        List<ColumnDef> columns = TemplateCatalog.APPLICANT_COLUMNS;
        rows.add(Row.header("申请人情况", columns.get(0).label(), TemplateCatalog.ORGANISATIONS_HEADING,
                columns.get(6).label()));
        rows.add(Row.header(columns.get(1).label(), columns.get(2).label(), columns.get(3).label(),
                columns.get(4).label(), columns.get(5).label()));
        for (RowDef row : report.applicationRows()) {
            rows.add(Row.data(TemplateCatalog.applicationGroupBefore(row.key()), row.label(), values(report, row)));
        }
        return new PrintedTable(rows);
    }

    public static PrintedTable reviewLitigation(SyntheticReport report) {
        List<Row> rows = new ArrayList<>();
        List<RowDef> groups = TemplateCatalog.REVIEW_LITIGATION;
        rows.add(Row.header(groups.get(0).label(), TemplateCatalog.LITIGATION_HEADING));
        rows.add(Row.header(groups.get(1).label(), groups.get(2).label()));
        List<String> outcomeHeads = new ArrayList<>();
        for (int g = 0; g < groups.size(); g++) {
            groups.get(g).columns().forEach(c -> outcomeHeads.add(c.label()));
        }
        rows.add(Row.header(outcomeHeads.toArray(String[]::new)));
        List<String> data = new ArrayList<>();
        groups.forEach(g -> data.addAll(values(report, g)));
        rows.add(Row.data(null, null, data));
        return new PrintedTable(rows);
    }

    private static List<String> values(SyntheticReport report, RowDef row) {
        return row.cellKeys().stream().map(report::printed).toList();
    }
}
