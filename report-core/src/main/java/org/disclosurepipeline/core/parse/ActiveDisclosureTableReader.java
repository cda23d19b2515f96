package org.disclosurepipeline.core.parse;

import java.util.List;
import org.disclosurepipeline.core.template.TableId;
import org.disclosurepipeline.core.template.TemplateCatalog;

/** T2 主动公开: the 2021 rows, or the 2019 template's when its column headings are there. */
final class ActiveDisclosureTableReader {

    private ActiveDisclosureTableReader() {
    }

    static TableResult read(TableRegion region) {
        boolean is2019 = TemplateCatalog.ACTIVE_DISCLOSURE_2019_MARKERS.stream()
                .anyMatch(m -> region.contains(Labels.words(m)));
        TableId table = is2019 ? TableId.ACTIVE_DISCLOSURE_2019 : TableId.ACTIVE_DISCLOSURE;
        TableReader reader = new TableReader(table, region.tokens());
        reader.readInOrder(is2019 ? TemplateCatalog.ACTIVE_DISCLOSURE_2019 : TemplateCatalog.ACTIVE_DISCLOSURE_2021, List.of());
        reader.reportAmbiguousRows();
        return TableResult.of(reader, table, null);
    }
}
