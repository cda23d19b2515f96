package org.disclosurepipeline.aggregation.rest;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.disclosurepipeline.core.template.RowDef;
import org.disclosurepipeline.core.template.TemplateCatalog;

/** Puts cells in the order of the template, so that answers read like the report's own tables. */
final class TemplateOrder {

    private static final Map<String, Integer> POSITION = positions();

    private TemplateOrder() {
    }

    private static Map<String, Integer> positions() {
        Map<String, Integer> positions = new HashMap<>();
        for (RowDef row : TemplateCatalog.allRows()) {
            for (String key : row.cellKeys()) {
                positions.putIfAbsent(key, positions.size());
            }
        }
        return positions;
    }

    static <V> Map<String, V> sorted(Map<String, V> cells) {
        Map<String, V> out = new LinkedHashMap<>();
        cells.keySet().stream()
                .sorted((a, b) -> Integer.compare(POSITION.getOrDefault(a, Integer.MAX_VALUE),
                        POSITION.getOrDefault(b, Integer.MAX_VALUE)))
                .forEach(k -> out.put(k, cells.get(k)));
        return out;
    }
}
