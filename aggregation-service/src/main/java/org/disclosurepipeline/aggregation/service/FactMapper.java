package org.disclosurepipeline.aggregation.service;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import org.disclosurepipeline.contract.events.ReportOutcomeEvent;
import org.disclosurepipeline.contract.events.StructuredReport;
import org.disclosurepipeline.contract.events.Verdict;
import org.disclosurepipeline.core.json.Json;

/** Turns a verdict event (the contract's records only) into the fact that is stored and summed. */
final class FactMapper {

    private FactMapper() {
    }

    /** The fact as the batch path compares and sums it (not yet current). */
    static StoredFact toStored(ReportOutcomeEvent e) {
        return new StoredFact(e.submissionId(), e.agencyCode(), e.year(), e.receivedAt(), e.verdict().name(),
                e.rulesVersion(), false, e.verdict() == Verdict.VALIDATED ? cells(e) : Map.of());
    }

    /** The row to store: the filled cells and the findings as JSON. */
    static FactStore.NewFact toNew(ReportOutcomeEvent e, boolean current) {
        return new FactStore.NewFact(e, CellsJson.write(cells(e)), CellsJson.write(Json.mapper().valueToTree(
                e.findings())), current);
    }

    static Map<String, BigDecimal> cells(ReportOutcomeEvent e) {
        return e.report() == null ? Map.of() : filledCells(e.report());
    }

    /** Only filled cells: an empty cell is not a zero and must not be summed as one. */
    private static Map<String, BigDecimal> filledCells(StructuredReport report) {
        Map<String, BigDecimal> cells = new LinkedHashMap<>();
        for (String key : report.cells().keySet()) {
            BigDecimal value = report.decimal(key);
            if (value != null) {
                cells.put(key, value);
            }
        }
        return cells;
    }
}
