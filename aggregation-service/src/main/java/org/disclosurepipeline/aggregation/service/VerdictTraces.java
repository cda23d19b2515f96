package org.disclosurepipeline.aggregation.service;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.disclosurepipeline.aggregation.messaging.RollupPublisher;
import org.disclosurepipeline.contract.events.ReportOutcomeEvent;

/**
 * A batch of verdicts in their uploads' traces (docs/tracing.md): each verdict gets an "apply verdict" span in its
 * own trace, timed as the batch's transaction that applied it; a changed rollup is announced in the trace of the
 * batch's last verdict inside its region and year.
 */
@ApplicationScoped
public class VerdictTraces {

    @Inject
    Tracer tracer;

    /** The span contexts of one applied batch, by verdict and by the rollups (region and year) they changed. */
    public record Applied(Map<String, Context> byRegion) {

        /** The trace a rollup change continues, or null (the current one) when no verdict of the batch made it. */
        public Context causeOf(RollupPublisher.Change change) {
            return byRegion.get(key(change.regionCode(), change.year()));
        }
    }

    public Applied applied(List<ReportOutcomeEvent> batch, Map<UUID, Context> parents, RollupService.Result result,
            Instant start, Instant end) {
        Map<String, Context> byRegion = new HashMap<>();
        for (ReportOutcomeEvent verdict : batch) {
            Context parent = parents.getOrDefault(verdict.submissionId(), Context.current());
            Span span = tracer.spanBuilder("apply verdict").setParent(parent).setStartTimestamp(start)
                    .setAttribute("submission.id", verdict.submissionId().toString())
                    .setAttribute("verdict.counted", result.counted().getOrDefault(verdict.submissionId(), false))
                    .setAttribute("batch.size", (long) batch.size()).startSpan();
            span.end(end);
            Context applied = parent.with(span);
            String agency = verdict.agencyCode();
            for (int digits : new int[] {2, 4, 6}) {
                if (agency.length() >= digits) {
                    byRegion.put(key(agency.substring(0, digits), verdict.year()), applied);
                }
            }
        }
        return new Applied(byRegion);
    }

    private static String key(String region, int year) {
        return region + "/" + year;
    }
}
