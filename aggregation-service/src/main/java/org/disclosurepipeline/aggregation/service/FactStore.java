package org.disclosurepipeline.aggregation.service;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.disclosurepipeline.contract.events.RegionCode;
import org.disclosurepipeline.contract.events.EventCodec;
import org.disclosurepipeline.contract.events.ReportOutcomeEvent;

/**
 * The facts table for the batch path, a statement per batch (plain JDBC on the transaction's connection). Rows
 * are locked in a fixed order (by submission id, then current facts by agency), so that two consumers never wait on
 * each other in a circle.
 */
@ApplicationScoped
public class FactStore {

    private static final String COLUMNS = "submission_id, agency_code, report_year, received_at, verdict,"
            + " rules_version, is_current, case when verdict = 'VALIDATED' then figures::text end";

    @Inject
    AgroalDataSource dataSource;

    /** Waits for a rebuild in progress and keeps one from starting until this transaction ends. */
    void excludeRebuilds() {
        execute("lock table report_fact in row exclusive mode");
    }

    /** The stored facts of these submissions, locked. */
    Map<UUID, StoredFact> lockByIds(Collection<UUID> ids) {
        return query("select " + COLUMNS + " from report_fact where submission_id = any(?) order by submission_id"
                + " for update", ps -> ps.setArray(1, ps.getConnection().createArrayOf("uuid", ids.toArray())));
    }

    /** The current facts of these agencies and years ("agency/year"), locked; at most one each. */
    Map<String, StoredFact> lockCurrent(Collection<String> agencyYears) {
        Map<UUID, StoredFact> found = query("select " + COLUMNS + " from report_fact where is_current and"
                + " (agency_code, report_year) in (select a::bpchar, y from unnest(?::text[], ?::int[]) t(a, y))"
                + " order by agency_code, report_year for update", ps -> {
                    Connection c = ps.getConnection();
                    ps.setArray(1, c.createArrayOf("text", agencyYears.stream().map(k -> k.split("/")[0]).toArray()));
                    ps.setArray(2, c.createArrayOf("int4", agencyYears.stream()
                            .map(k -> Integer.valueOf(k.split("/")[1])).toArray()));
                });
        Map<String, StoredFact> byAgency = new HashMap<>();
        found.values().forEach(f -> byAgency.put(f.agencyYear(), f));
        return byAgency;
    }

    void clearCurrent(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return;
        }
        try (Connection c = dataSource.getConnection(); PreparedStatement u = c.prepareStatement(
                "update report_fact set is_current = false where submission_id = any(?)")) {
            u.setArray(1, c.createArrayOf("uuid", ids.toArray()));
            u.executeUpdate();
        } catch (SQLException e) {
            throw failure("clear current facts", e);
        }
    }

    /** A new fact: the event, its stored cells and findings as JSON, and whether it is its agency's current one. */
    record NewFact(ReportOutcomeEvent event, String figuresJson, String findingsJson, boolean current) {
        NewFact notCurrent() {
            return new NewFact(event, figuresJson, findingsJson, false);
        }
    }

    void insert(List<NewFact> facts, Instant storedAt) {
        if (facts.isEmpty()) {
            return;
        }
        try (Connection c = dataSource.getConnection(); PreparedStatement ins = c.prepareStatement(
                "insert into report_fact (submission_id, agency_code, agency_name, report_year, county_code,"
                        + " city_code, province_code, verdict, received_at, checked_at, figures, findings, is_current,"
                        + " stored_at, rules_version, correction) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?::jsonb,"
                        + " ?, ?, ?, ?::jsonb)")) {
            for (NewFact f : facts) {
                ReportOutcomeEvent e = f.event();
                ins.setObject(1, e.submissionId());
                ins.setString(2, e.agencyCode());
                ins.setString(3, e.agencyName());
                ins.setInt(4, e.year());
                ins.setString(5, RegionCode.county(e.agencyCode()));
                ins.setString(6, RegionCode.city(e.agencyCode()));
                ins.setString(7, RegionCode.province(e.agencyCode()));
                ins.setString(8, e.verdict().name());
                ins.setTimestamp(9, Timestamp.from(e.receivedAt()));
                ins.setTimestamp(10, e.checkedAt() == null ? null : Timestamp.from(e.checkedAt()));
                ins.setString(11, f.figuresJson());
                ins.setString(12, f.findingsJson());
                ins.setBoolean(13, f.current());
                ins.setTimestamp(14, Timestamp.from(storedAt));
                ins.setString(15, e.rulesVersion());
                ins.setString(16, correction(e));
                ins.addBatch();
            }
            ins.executeBatch();
        } catch (SQLException e) {
            throw failure("store facts", e);
        }
    }

    /** The correction summary of a corrected version as JSON, or null for an upload. */
    private static String correction(ReportOutcomeEvent e) {
        return e.correction() == null ? null : EventCodec.encode(e.correction());
    }

    /** Replaces stored verdicts by those of a newer rules version (same submissions; whether current is kept). */
    void replace(List<NewFact> facts, Instant storedAt) {
        if (facts.isEmpty()) {
            return;
        }
        try (Connection c = dataSource.getConnection(); PreparedStatement up = c.prepareStatement(
                "update report_fact set verdict = ?, figures = ?::jsonb, findings = ?::jsonb, checked_at = ?,"
                        + " rules_version = ?, agency_name = coalesce(?, agency_name), stored_at = ?, rules_verdict = null,"
                        + " correction = ?::jsonb where submission_id = ?")) {
            for (NewFact f : facts) {
                ReportOutcomeEvent e = f.event();
                up.setString(1, e.verdict().name());
                up.setString(2, f.figuresJson());
                up.setString(3, f.findingsJson());
                up.setTimestamp(4, e.checkedAt() == null ? null : Timestamp.from(e.checkedAt()));
                up.setString(5, e.rulesVersion());
                up.setString(6, e.agencyName());
                up.setTimestamp(7, Timestamp.from(storedAt));
                up.setString(8, correction(e));
                up.setObject(9, e.submissionId());
                up.addBatch();
            }
            up.executeBatch();
        } catch (SQLException e) {
            throw failure("replace facts", e);
        }
    }

    /** Sets a fact's verdict after review, keeping the rules' own in rules_verdict (cleared when they agree). */
    void setVerdictAfterReview(UUID submissionId, String verdict) {
        try (Connection c = dataSource.getConnection(); PreparedStatement up = c.prepareStatement(
                "update report_fact set rules_verdict = case when coalesce(rules_verdict, verdict) = ? then null"
                        + " else coalesce(rules_verdict, verdict) end, verdict = ? where submission_id = ?")) {
            up.setString(1, verdict);
            up.setString(2, verdict);
            up.setObject(3, submissionId);
            up.executeUpdate();
        } catch (SQLException e) {
            throw failure("set the verdict after review", e);
        }
    }

    private interface Binder {
        void bind(PreparedStatement ps) throws SQLException;
    }

    private Map<UUID, StoredFact> query(String sql, Binder binder) {
        Map<UUID, StoredFact> out = new HashMap<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement q = c.prepareStatement(sql)) {
            binder.bind(q);
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    UUID id = rs.getObject(1, UUID.class);
                    Map<String, BigDecimal> figures = rs.getString(8) == null ? Map.of()
                            : CellsJson.sums(rs.getString(8));
                    out.put(id, new StoredFact(id, rs.getString(2), rs.getInt(3), rs.getTimestamp(4).toInstant(),
                            rs.getString(5), rs.getString(6), rs.getBoolean(7), figures));
                }
            }
            return out;
        } catch (SQLException e) {
            throw failure("read facts", e);
        }
    }

    private void execute(String sql) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.execute();
        } catch (SQLException e) {
            throw failure("lock the facts", e);
        }
    }

    private static IllegalStateException failure(String what, SQLException e) {
        return new IllegalStateException("cannot " + what + ": " + e.getMessage(), e);
    }
}
