package org.disclosurepipeline.validation.model;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.disclosurepipeline.core.json.Json;

/** The re-validation jobs and their progress, in the database so that every instance can show and resume them. */
@ApplicationScoped
public class Revalidations {

    public static final String RUNNING = "RUNNING";
    public static final String DONE = "DONE";
    public static final String FAILED = "FAILED";

    /** What a batch of re-checks found, added to the job's counts in the batch's transaction. */
    public record Tally(long rechecked, long withoutEarlier, long nowRejected, long nowValidated,
            Map<String, Long> changedByRule) {
    }

    private static final String COLUMNS = "id, report_year, region_code, rules_version, state, log_records, scanned,"
            + " matched, rechecked, already_checked, without_earlier, changed, now_rejected, now_validated,"
            + " changed_by_rule::text, unreadable, started_at, updated_at, finished_at, failure";

    @Inject
    AgroalDataSource dataSource;

    public RevalidationJob create(int year, String region, String rulesVersion, long logRecords) {
        UUID id = UUID.randomUUID();
        Instant now = Instant.now();
        update("insert into revalidation (id, report_year, region_code, rules_version, state, log_records,"
                + " started_at, updated_at) values (?, ?, ?, ?, 'RUNNING', ?, ?, ?)", id, year, region, rulesVersion,
                logRecords, Timestamp.from(now), Timestamp.from(now));
        return find(id).orElseThrow();
    }

    public Optional<RevalidationJob> find(UUID id) {
        List<RevalidationJob> jobs = query("select " + COLUMNS + " from revalidation where id = ?", id);
        return jobs.stream().findFirst();
    }

    /** The latest jobs first. */
    public List<RevalidationJob> latest(int limit) {
        return query("select " + COLUMNS + " from revalidation order by started_at desc limit ?", limit);
    }

    /** A running job of the same year and region, if any. */
    public Optional<RevalidationJob> running(int year, String region) {
        return query("select " + COLUMNS + " from revalidation where state = 'RUNNING' and report_year = ?"
                + " and region_code is not distinct from ?", year, region).stream().findFirst();
    }

    /** Reading the log: records read, of the year and region, unreadable, already under this version. */
    public void scanned(UUID id, long scanned, long matched, long unreadable, long alreadyChecked) {
        update("update revalidation set scanned = scanned + ?, matched = matched + ?, unreadable = unreadable + ?,"
                + " already_checked = already_checked + ?, updated_at = ? where id = ?", scanned, matched, unreadable,
                alreadyChecked, Timestamp.from(Instant.now()), id);
    }

    /** Adds a batch's re-checks; called inside the transaction that records their verdicts. */
    public void add(UUID id, Tally t) {
        update("update revalidation set rechecked = rechecked + ?, without_earlier = without_earlier + ?,"
                + " changed = changed + ?, now_rejected = now_rejected + ?, now_validated = now_validated + ?,"
                + " changed_by_rule = (select coalesce(jsonb_object_agg(k, n), '{}'::jsonb) from (select key k,"
                + " sum(value::bigint) n from (select * from jsonb_each_text(changed_by_rule) union all"
                + " select * from jsonb_each_text(?::jsonb)) x group by key) y), updated_at = ? where id = ?",
                t.rechecked(), t.withoutEarlier(), t.nowRejected() + t.nowValidated(), t.nowRejected(),
                t.nowValidated(), Json.mapper().valueToTree(t.changedByRule()).toString(),
                Timestamp.from(Instant.now()), id);
    }

    /** Starting over: a resumed job reads the log again from its beginning. */
    public void restart(UUID id) {
        update("update revalidation set scanned = 0, matched = 0, unreadable = 0, updated_at = ? where id = ?",
                Timestamp.from(Instant.now()), id);
    }

    public void finish(UUID id, String state, String failure) {
        Timestamp now = Timestamp.from(Instant.now());
        update("update revalidation set state = ?, failure = ?, finished_at = ?, updated_at = ? where id = ?", state,
                failure, now, now, id);
    }

    /**
     * Takes over a running job of this rules version that nobody has moved for {@code idle} (its instance
     * stopped), marking it as moved now so that no other instance takes it too.
     */
    public Optional<UUID> claimStale(String rulesVersion, Duration idle) {
        List<RevalidationJob> claimed = query("update revalidation set updated_at = ? where id = (select id from"
                + " revalidation where state = 'RUNNING' and rules_version = ? and updated_at < ? order by started_at"
                + " limit 1 for update skip locked) returning " + COLUMNS, Timestamp.from(Instant.now()),
                rulesVersion, Timestamp.from(Instant.now().minus(idle)));
        return claimed.stream().findFirst().map(RevalidationJob::id);
    }

    private List<RevalidationJob> query(String sql, Object... params) {
        try (Connection c = dataSource.getConnection(); PreparedStatement q = c.prepareStatement(sql)) {
            bind(q, params);
            List<RevalidationJob> out = new ArrayList<>();
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    out.add(job(rs));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read re-validations: " + e.getMessage(), e);
        }
    }

    private void update(String sql, Object... params) {
        try (Connection c = dataSource.getConnection(); PreparedStatement u = c.prepareStatement(sql)) {
            bind(u, params);
            u.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot update re-validations: " + e.getMessage(), e);
        }
    }

    private static void bind(PreparedStatement s, Object... params) throws SQLException {
        for (int i = 0; i < params.length; i++) {
            s.setObject(i + 1, params[i]);
        }
    }

    @SuppressWarnings("unchecked")
    private static RevalidationJob job(ResultSet rs) throws SQLException {
        Map<String, Long> byRule = new LinkedHashMap<>();
        try {
            Json.mapper().readValue(rs.getString(15), Map.class)
                    .forEach((k, v) -> byRule.put((String) k, ((Number) v).longValue()));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("changed_by_rule is not a JSON object", e);
        }
        return new RevalidationJob(rs.getObject(1, UUID.class), rs.getInt(2), rs.getString(3), rs.getString(4),
                rs.getString(5), rs.getLong(6), rs.getLong(7), rs.getLong(8), rs.getLong(9), rs.getLong(10),
                rs.getLong(11), rs.getLong(12), rs.getLong(13), rs.getLong(14), byRule, rs.getLong(16),
                instant(rs.getTimestamp(17)), instant(rs.getTimestamp(18)), instant(rs.getTimestamp(19)),
                rs.getString(20));
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
