package org.disclosurepipeline.core.parse;

import java.util.List;
import java.util.Map;
import org.disclosurepipeline.core.template.OtherHandlingLayout;
import org.disclosurepipeline.core.template.RowDef;
import org.disclosurepipeline.core.template.TableId;
import org.disclosurepipeline.core.template.TemplateCatalog;

/**
 * T3 依申请公开. Its （六）其他处理 block comes in three shapes (one row, two rows, three rows); the shape is read
 * from the document, and rows the shape does not have are left absent.
 */
final class ApplicationsTableReader {

    private static final int ROWS_BEFORE_OTHER_HANDLING = 20;
    private static final RowDef SINGLE_OTHER_HANDLING = TemplateCatalog.row("applications.otherHandling.single");
    private static final RowDef OTHER_OF_THREE = TemplateCatalog.row("applications.otherHandling.other");
    private static final List<RowDef> OTHER_SUB_ROWS = List.of(
            TemplateCatalog.row("applications.otherHandling.overdueCorrection"),
            TemplateCatalog.row("applications.otherHandling.unpaidFee"), OTHER_OF_THREE);

    private ApplicationsTableReader() {
    }

    static TableResult read(TableRegion region, Map<String, Number> cells) {
        List<RowDef> threeRows = TemplateCatalog.applicationRows(OtherHandlingLayout.THREE_ROWS);
        List<RowDef> head = threeRows.subList(0, ROWS_BEFORE_OTHER_HANDLING);
        List<RowDef> closing = threeRows.subList(threeRows.size() - 2, threeRows.size());
        TableReader reader = new TableReader(TableId.APPLICATIONS, region.tokens(), cells);

        reader.readInOrder(head, threeRows.subList(ROWS_BEFORE_OTHER_HANDLING, threeRows.size()));
        OtherHandlingLayout layout = layout(reader, closing);
        List<RowDef> rest = TemplateCatalog.applicationRows(layout);
        reader.readInOrder(rest.subList(ROWS_BEFORE_OTHER_HANDLING, rest.size()), List.of());
        GluedBalance.resolve(reader, rest);
        reader.reportAmbiguousRows();
        return TableResult.of(reader, TableId.APPLICATIONS, layout);
    }

    /**
     * SINGLE when （六）其他处理 carries numbers of its own, or a row of blank cells of its own (a publisher that left
     * the whole row blank) with none of the sub-rows of the other layouts after it; else three rows or two.
     */
    private static OtherHandlingLayout layout(TableReader reader, List<RowDef> closing) {
        if (reader.labelCarriesValues(SINGLE_OTHER_HANDLING, closing)) {
            return OtherHandlingLayout.SINGLE;
        }
        if (reader.labelHasBlankRow(SINGLE_OTHER_HANDLING, closing)
                && OTHER_SUB_ROWS.stream().noneMatch(r -> reader.hasLabelAhead(r, closing))) {
            return OtherHandlingLayout.SINGLE;
        }
        return reader.hasLabelAhead(OTHER_OF_THREE, closing)
                ? OtherHandlingLayout.THREE_ROWS
                : OtherHandlingLayout.TWO_ROWS;
    }
}
