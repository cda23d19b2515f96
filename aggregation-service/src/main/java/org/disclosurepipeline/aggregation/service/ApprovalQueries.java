package org.disclosurepipeline.aggregation.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import org.disclosurepipeline.aggregation.model.ApprovalDecision;
import org.disclosurepipeline.aggregation.model.ApprovalState;
import org.disclosurepipeline.aggregation.model.ApprovalSummary;
import org.disclosurepipeline.contract.events.RegionCode;
import org.disclosurepipeline.core.regions.Region;
import org.disclosurepipeline.core.regions.RegionRegistry;

/** Approval states of a region and the parts of it one level down, read in SQL. */
@ApplicationScoped
public class ApprovalQueries {

    @Inject
    EntityManager em;

    /** The parts one level below a region that have a current report for the year: its townships, counties… */
    public List<String> reportingChildren(String code, int year) {
        return reporting(code, childLength(code), year);
    }

    /** The codes of this length under a prefix that have a current report for the year. */
    @SuppressWarnings("unchecked")
    private List<String> reporting(String prefix, int length, int year) {
        if (length == 0) {
            return List.of();
        }
        return ((List<Object>) em.createNativeQuery("select distinct substr(agency_code, 1, :len) from report_fact"
                        + " where is_current and report_year = :year and agency_code like :prefix order by 1")
                .setParameter("len", length).setParameter("year", year).setParameter("prefix", prefix + "%")
                .getResultList()).stream().map(o -> o.toString().trim()).toList();
    }

    /**
     * The approval summaries of the regions whose codes have {@code length} digits under a prefix ("" for the whole
     * country), in two queries whatever their number: for rollups and their pages.
     */
    public Function<String, ApprovalSummary> summaries(String prefix, int length, int year) {
        Map<String, ApprovalState> decided = latest(prefix, year);
        int partLength = childLengthOf(length);
        TreeSet<String> parts = new TreeSet<>(reporting(prefix, partLength, year));
        decided.keySet().stream().filter(c -> c.length() == partLength).forEach(parts::add);
        return code -> {
            ApprovalState own = decided.get(code);
            int approved = 0;
            int returned = 0;
            int awaiting = 0;
            for (String part : parts.subSet(code, code + Character.MAX_VALUE)) {
                ApprovalState s = decided.get(part);
                if (s == null) {
                    awaiting++;
                } else if (ApprovalDecision.APPROVED.equals(s.state())) {
                    approved++;
                } else {
                    returned++;
                }
            }
            return new ApprovalSummary(own == null ? ApprovalState.AWAITING : own.state(), approved, returned, awaiting);
        };
    }

    /** The latest decision of every code inside a region (itself included), by code. */
    @SuppressWarnings("unchecked")
    public Map<String, ApprovalState> latest(String code, int year) {
        List<Object[]> rows = em.createNativeQuery("select distinct on (region_code) region_code, state, reason,"
                        + " approver, decided_by, decided_at from approval_decision where report_year = :year"
                        + " and region_code like :prefix order by region_code, decided_at desc, decision_id desc")
                .setParameter("year", year).setParameter("prefix", code + "%").getResultList();
        Map<String, ApprovalState> out = new TreeMap<>();
        for (Object[] r : rows) {
            String c = (String) r[0];
            out.put(c, new ApprovalState(c, name(c), RegionCode.level(c), year, (String) r[1], (String) r[2],
                    (String) r[3], (String) r[4], instant(r[5])));
        }
        return out;
    }

    /** The region's own state, then those of its parts one level down that reported or were decided on. */
    public List<ApprovalState> states(String code, int year) {
        Map<String, ApprovalState> decided = latest(code, year);
        TreeSet<String> parts = new TreeSet<>(reportingChildren(code, year));
        decided.keySet().stream().filter(c -> c.length() == childLength(code)).forEach(parts::add);
        List<ApprovalState> out = new ArrayList<>();
        out.add(decided.getOrDefault(code, awaiting(code, year)));
        parts.forEach(c -> out.add(decided.getOrDefault(c, awaiting(c, year))));
        return out;
    }

    private static ApprovalState awaiting(String code, int year) {
        return new ApprovalState(code, name(code), RegionCode.level(code), year, ApprovalState.AWAITING, null, null,
                null, null);
    }

    private static int childLength(String code) {
        return childLengthOf(code.length());
    }

    private static int childLengthOf(int length) {
        return switch (length) {
            case 2 -> 4;
            case 4 -> 6;
            case 6 -> 9;
            default -> 0;
        };
    }

    private static String name(String code) {
        return RegionRegistry.bundled().find(code).map(Region::name).orElse(null);
    }

    private static Instant instant(Object value) {
        if (value instanceof Timestamp t) {
            return t.toInstant();
        }
        return value instanceof OffsetDateTime o ? o.toInstant() : (Instant) value;
    }
}
