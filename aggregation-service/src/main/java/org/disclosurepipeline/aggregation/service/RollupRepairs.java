package org.disclosurepipeline.aggregation.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import org.disclosurepipeline.aggregation.messaging.RollupPublisher;

/**
 * Rebuilds years of rollups and announces the repaired ones on {@code rollups.changed} like any other change, a
 * page of regions at a time (a year has a few thousand rollups; none is held longer than its page).
 */
@ApplicationScoped
public class RollupRepairs {

    static final int PAGE = 200;

    @Inject
    RollupRebuilder rebuilder;

    @Inject
    RollupStore rollups;

    @Inject
    RollupPublisher publisher;

    /** What a rebuild did: the years rebuilt and the rollups it changed ("code/year"). */
    public record Repaired(List<Integer> years, List<String> changed) {
    }

    /** Rebuilds the given years (all years when null). */
    public Repaired rebuild(List<Integer> years) {
        List<Integer> which = years == null ? rebuilder.years() : years;
        List<String> changed = new ArrayList<>();
        for (int year : which) {
            List<String> codes = rebuilder.rebuild(year);
            for (int from = 0; from < codes.size(); from += PAGE) {
                List<String> page = codes.subList(from, Math.min(codes.size(), from + PAGE));
                publisher.publish(QuarkusTransaction.requiringNew().call(() -> rollups.read(year, page)).stream()
                        .map(RollupRow::toChange).toList());
            }
            codes.forEach(code -> changed.add(code + "/" + year));
        }
        return new Repaired(which, changed);
    }
}
