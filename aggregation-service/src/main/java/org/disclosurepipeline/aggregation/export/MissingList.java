package org.disclosurepipeline.aggregation.export;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.disclosurepipeline.aggregation.model.Completeness;
import org.disclosurepipeline.aggregation.service.CompletenessQueries;
import org.disclosurepipeline.core.regions.Region;
import org.disclosurepipeline.core.regions.RegionRegistry;

/**
 * The townships of a region that have no report for a year, as completeness counts them, with their county and
 * city: bounded by the registry's townships of the region, not by the reports.
 */
@ApplicationScoped
public class MissingList {

    static final List<RowSink.Column> COLUMNS = List.of(new RowSink.Column("单位代码", 12),
            new RowSink.Column("单位名称", 28), new RowSink.Column("所属县（区）", 16),
            new RowSink.Column("所属市", 14), new RowSink.Column("报送截止日期", 14));

    @Inject
    CompletenessQueries completeness;

    /** Who is missing, read while the request is open (the list is bounded by the region's townships). */
    public Completeness read(String region, int year) {
        return completeness.of(region, year);
    }

    /** Writes the list; returns how many agencies it names. */
    public long write(Completeness c, RowSink.Format format, OutputStream out) throws IOException {
        try (RowSink sink = format.open(out, "未报送单位", COLUMNS)) {
            for (Completeness.Agency a : c.missing()) {
                sink.row(List.of(a.code(), a.name(), name(a.code().substring(0, 6)), name(a.code().substring(0, 4)),
                        c.dueOn().toString()));
            }
        }
        return c.missing().size();
    }

    private static String name(String code) {
        return RegionRegistry.bundled().find(code).map(Region::name).orElse("");
    }
}
