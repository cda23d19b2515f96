package org.disclosurepipeline.core.parse;

import java.util.List;
import java.util.Map;
import org.disclosurepipeline.core.template.TableId;
import org.disclosurepipeline.core.template.TemplateCatalog;

/** T2 主动公开: the 2021 rows, or the 2019 template's when its column headings are there. */
final class ActiveDisclosureTableReader {

    private ActiveDisclosureTableReader() {
    }

    private static final List<String> MARKERS_2019 = TemplateCatalog.ACTIVE_DISCLOSURE_2019_MARKERS.stream()
            .map(Labels::words).toList();

    static TableResult read(TableRegion region, Map<String, Number> cells) {
        boolean is2019 = region.containsAny(MARKERS_2019);
        TableId table = is2019 ? TableId.ACTIVE_DISCLOSURE_2019 : TableId.ACTIVE_DISCLOSURE;
        TableReader reader = new TableReader(table, region.tokens(), cells);
        reader.readInOrder(is2019 ? TemplateCatalog.ACTIVE_DISCLOSURE_2019 : TemplateCatalog.ACTIVE_DISCLOSURE_2021, List.of());
        reader.reportAmbiguousRows();
        return TableResult.of(reader, table, null);
    }
}
