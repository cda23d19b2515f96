package org.disclosurepipeline.aggregation.service;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.disclosurepipeline.aggregation.model.ReportFact;
import org.disclosurepipeline.aggregation.model.Rollup;
import org.disclosurepipeline.contract.events.RegionCode;

/** Rollups computed from scratch from stored facts: what the maintained rollups must always equal. */
public final class RollupCalculator {

    private RollupCalculator() {
    }

    /** The newest submission of each agency among the facts (the same order the live path uses). */
    public static Map<String, ReportFact> newestByAgency(Collection<ReportFact> facts) {
        Map<String, ReportFact> newest = new HashMap<>();
        for (ReportFact f : facts) {
            newest.merge(f.agencyCode + "/" + f.year, f, (a, b) -> b.isNewerThan(a) ? b : a);
        }
        return newest;
    }

    /** County, city and province rollups of the current facts, by region code then year. */
    public static Map<Rollup.Key, Rollup> sum(Collection<ReportFact> current) {
        Map<Rollup.Key, Rollup> rollups = new TreeMap<>();
        for (ReportFact fact : current) {
            Contribution add = Contribution.add(fact);
            for (String region : List.of(fact.countyCode, fact.cityCode, fact.provinceCode)) {
                add.applyTo(rollups.computeIfAbsent(Rollup.Key.of(region, fact.year), RollupCalculator::empty));
            }
        }
        return rollups;
    }

    static Rollup empty(Rollup.Key key) {
        Rollup r = new Rollup();
        r.regionCode = key.regionCode;
        r.year = key.year;
        r.level = RegionCode.level(key.regionCode);
        r.figures = new HashMap<>();
        r.cellReports = new HashMap<>();
        r.updatedAt = Instant.now();
        return r;
    }
}
