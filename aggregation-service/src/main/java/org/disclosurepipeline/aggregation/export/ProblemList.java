package org.disclosurepipeline.aggregation.export;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.List;
import org.disclosurepipeline.aggregation.config.AggregationConfig;
import org.disclosurepipeline.aggregation.model.ProblemRow;
import org.disclosurepipeline.aggregation.service.ProblemQueries;

/**
 * A region's problem list for a year: one row per finding of each current report, with the cell in the template's
 * labels, the review decision and the report's approval. Streamed a round of reports at a time.
 */
@ApplicationScoped
public class ProblemList {

    static final List<RowSink.Column> COLUMNS = List.of(col("单位代码", 12), col("单位名称", 24),
            col("报送编号", 38), col("问题序号", 8), col("规则", 18), col("级别", 6), col("问题说明", 60),
            col("表格", 22), col("行", 36), col("列", 16), col("审核状态", 8), col("审核说明", 36),
            col("审核人", 16), col("审核时间", 17), col("审批状态", 8), col("审批说明", 30));

    @Inject
    ProblemQueries queries;

    @Inject
    AggregationConfig config;

    /** Writes the list; returns how many findings it holds. */
    public long write(String region, int year, boolean onlyOpen, RowSink.Format format, OutputStream out)
            throws IOException {
        long rows = 0;
        try (RowSink sink = format.open(out, "问题清单", COLUMNS)) {
            String after = "";
            while (after != null) {
                ProblemQueries.Round round = queries.next(region, year, onlyOpen, after,
                        config.exports().reportsPerRound());
                for (ProblemRow r : round.rows()) {
                    sink.row(values(r));
                    rows++;
                }
                after = round.last();
            }
        }
        return rows;
    }

    /** The row's cells, in the order of {@link #COLUMNS}. */
    static List<Object> values(ProblemRow r) {
        CellLabels cell = CellLabels.of(r.table(), r.row(), r.column(), r.cells());
        return Arrays.asList(r.agencyCode(), r.agencyName(), r.submissionId().toString(), r.finding() + 1, r.rule(),
                Words.severity(r.severity()), r.messageZh() != null ? r.messageZh() : r.message(), cell.table(),
                cell.row(), cell.column(), Words.review(r.decision()), r.reason(), r.decidedBy(),
                Words.time(r.decidedAt()), Words.approval(r.approval()), r.approvalReason());
    }

    private static RowSink.Column col(String label, int width) {
        return new RowSink.Column(label, width);
    }
}
