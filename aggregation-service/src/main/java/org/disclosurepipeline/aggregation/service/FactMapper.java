package org.disclosurepipeline.aggregation.service;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.disclosurepipeline.aggregation.model.ReportFact;
import org.disclosurepipeline.contract.events.RegionCode;
import org.disclosurepipeline.contract.events.ReportOutcomeEvent;
import org.disclosurepipeline.core.json.Json;
import org.disclosurepipeline.core.model.Figures;

/** Turns a verdict event into the fact that is stored and summed. */
final class FactMapper {

    private FactMapper() {
    }

    @SuppressWarnings("unchecked")
    static ReportFact toFact(ReportOutcomeEvent e) {
        ReportFact f = new ReportFact();
        f.submissionId = e.submissionId();
        f.agencyCode = e.agencyCode();
        f.agencyName = e.agencyName();
        f.year = e.year();
        f.countyCode = RegionCode.county(e.agencyCode());
        f.cityCode = RegionCode.city(e.agencyCode());
        f.provinceCode = RegionCode.province(e.agencyCode());
        f.verdict = e.verdict().name();
        f.receivedAt = e.receivedAt();
        f.checkedAt = e.checkedAt();
        f.figures = e.report() == null ? Map.of() : filledCells(e.report().figures());
        f.findings = Json.mapper().convertValue(e.findings(), List.class);
        f.current = false;
        f.storedAt = Instant.now();
        return f;
    }

    /** Only filled cells: an empty cell is not a zero and must not be summed as one. */
    private static Map<String, BigDecimal> filledCells(Figures figures) {
        Map<String, BigDecimal> cells = new LinkedHashMap<>();
        for (String key : figures.keys()) {
            BigDecimal value = figures.decimal(key);
            if (value != null) {
                cells.put(key, value);
            }
        }
        return cells;
    }
}
