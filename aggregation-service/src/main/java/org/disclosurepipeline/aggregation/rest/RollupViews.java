package org.disclosurepipeline.aggregation.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.disclosurepipeline.aggregation.model.ApprovalSummary;
import org.disclosurepipeline.aggregation.model.Completeness;
import org.disclosurepipeline.aggregation.model.Page;
import org.disclosurepipeline.aggregation.model.Rates;
import org.disclosurepipeline.aggregation.model.Rollup;
import org.disclosurepipeline.aggregation.service.ApprovalQueries;
import org.disclosurepipeline.aggregation.service.CompletenessQueries;
import org.disclosurepipeline.core.json.ReportJson;
import org.disclosurepipeline.core.regions.Region;
import org.disclosurepipeline.core.regions.RegionLevel;
import org.disclosurepipeline.core.regions.RegionRegistry;
import org.disclosurepipeline.core.template.RowDef;
import org.disclosurepipeline.core.template.TemplateCatalog;

/** Puts maintained rollups, completeness and rates together into the views the API answers with. */
@ApplicationScoped
public class RollupViews {

    /** Every cell key of every template, in template order: the CSV's figure columns. */
    static final List<String> CELL_KEYS = cellKeys();

    @Inject
    CompletenessQueries completeness;

    @Inject
    ApprovalQueries approvals;

    public RollupView one(Region region, int year) {
        Rollup rollup = Rollup.of(region.code(), year).orElse(null);
        return view(region, year, rollup, completeness.of(region.code(), year),
                approvals.summaries(region.code(), region.code().length(), year).apply(region.code()));
    }

    /** A page of the regions of {@code level} under {@code parent} (null: the whole country), in code order. */
    public Page<RollupView> children(Region parent, RegionLevel level, int year, int offset, int limit) {
        String prefix = parent == null ? "" : parent.code();
        List<Region> regions = RegionRegistry.bundled().all().stream()
                .filter(r -> r.level() == level && r.code().startsWith(prefix))
                .sorted((a, b) -> a.code().compareTo(b.code())).toList();
        List<Region> page = regions.subList(Math.min(offset, regions.size()),
                Math.min(regions.size(), offset + limit));
        Map<String, Rollup> rollups = new HashMap<>();
        if (!page.isEmpty()) {
            Rollup.of(page.stream().map(Region::code).toList(), year).forEach(r -> rollups.put(r.regionCode, r));
        }
        Map<String, Completeness> counts = completeness.grouped(prefix, level.codeLength(), year);
        Function<String, ApprovalSummary> approval = approvals.summaries(prefix, level.codeLength(), year);
        List<RollupView> views = new ArrayList<>(page.size());
        for (Region r : page) {
            views.add(view(r, year, rollups.get(r.code()),
                    counts.getOrDefault(r.code(), completeness.empty(year)), approval.apply(r.code())));
        }
        return new Page<>(views, regions.size(), offset, limit);
    }

    private static RollupView view(Region region, int year, Rollup rollup, Completeness c, ApprovalSummary approval) {
        Map<String, BigDecimal> cells = rollup == null ? Map.of() : TemplateOrder.sorted(rollup.figures);
        return new RollupView(region.code(), region.level().key(), region.name(), year,
                rollup == null ? 0 : rollup.validatedReports, rollup == null ? 0 : rollup.rejectedReports, c, approval,
                Rates.of(cells), ReportJson.figuresTree(cells), rollup == null ? null : rollup.updatedAt, cells);
    }

    static List<String> csvHeader() {
        List<String> header = new ArrayList<>(List.of("regionCode", "level", "name", "year", "expected",
                "submitted", "validated", "rejected", "onTime", "late", "missing", "reportedShare", "grantedShare",
                "reviewCorrectionRate", "litigationCorrectionRate"));
        header.addAll(CELL_KEYS);
        return header;
    }

    static List<?> csvRow(RollupView v) {
        Completeness c = v.completeness();
        List<Object> row = new ArrayList<>(List.of(v.regionCode(), v.level(), v.name(), v.year(), c.expected(),
                c.submitted(), c.validated(), c.rejected(), c.onTime(), c.late(), c.missingCount()));
        row.add(c.reportedShare());
        row.add(v.rates().grantedShare());
        row.add(v.rates().reviewCorrectionRate());
        row.add(v.rates().litigationCorrectionRate());
        CELL_KEYS.forEach(k -> row.add(v.cells().get(k)));
        return row;
    }

    private static List<String> cellKeys() {
        Set<String> keys = new LinkedHashSet<>();
        for (RowDef row : TemplateCatalog.allRows()) {
            keys.addAll(row.cellKeys());
        }
        return List.copyOf(keys);
    }
}
