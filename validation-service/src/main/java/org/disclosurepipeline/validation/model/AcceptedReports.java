package org.disclosurepipeline.validation.model;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * The validated reports kept as the "previous year" of the cross-year rules, read and written a batch at a time
 * (plain JDBC on the transaction's connection: one statement per batch, not one per report).
 */
@ApplicationScoped
public class AcceptedReports {

    /** A validated report: the structured report as JSON. */
    public record Accepted(UUID submissionId, String agencyCode, int year, Instant receivedAt, String reportJson) {
    }

    /** Which report of an agency and year to look up: the newest one received by {@code asOf}. */
    public record Lookup(String agencyCode, int year, Instant asOf) {
    }

    /** A report found: when its submission was received, and the report as JSON. */
    public record Found(Instant receivedAt, String reportJson) {
    }

    @Inject
    AgroalDataSource dataSource;

    /** For each lookup (same order) the newest validated submission received by then, or null. */
    public List<Found> asOf(List<Lookup> lookups) {
        List<Found> found = new ArrayList<>(lookups.size());
        lookups.forEach(l -> found.add(null));
        if (lookups.isEmpty()) {
            return found;
        }
        try (Connection c = dataSource.getConnection(); PreparedStatement q = c.prepareStatement(
                "select q.i, a.received_at, a.report from unnest(?::bpchar[], ?::int[], ?::text[])"
                        + " with ordinality q(agency, yr, asof, i) cross join lateral (select received_at, report"
                        + " from accepted_report a where a.agency_code = q.agency"
                        + " and a.report_year = q.yr and a.received_at <= q.asof::timestamptz"
                        + " order by a.received_at desc limit 1) a")) {
            q.setArray(1, c.createArrayOf("bpchar", lookups.stream().map(Lookup::agencyCode).toArray()));
            q.setArray(2, c.createArrayOf("int4", lookups.stream().map(Lookup::year).toArray()));
            q.setArray(3, c.createArrayOf("text", lookups.stream().map(l -> l.asOf().toString()).toArray()));
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    found.set((int) rs.getLong(1) - 1, new Found(rs.getTimestamp(2).toInstant(), rs.getString(3)));
                }
            }
            return found;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read accepted reports: " + e.getMessage(), e);
        }
    }

    /** Keeps each validated submission once (a check under a newer rules version stores its reading again). */
    public void store(Collection<Accepted> reports, Instant now) {
        if (reports.isEmpty()) {
            return;
        }
        try (Connection c = dataSource.getConnection(); PreparedStatement ins = c.prepareStatement(
                "insert into accepted_report (submission_id, agency_code, report_year, received_at, report, stored_at)"
                        + " values (?, ?, ?, ?, ?, ?) on conflict (submission_id) do update"
                        + " set report = excluded.report, stored_at = excluded.stored_at")) {
            for (Accepted a : reports) {
                ins.setObject(1, a.submissionId());
                ins.setString(2, a.agencyCode());
                ins.setInt(3, a.year());
                ins.setTimestamp(4, Timestamp.from(a.receivedAt()));
                ins.setString(5, a.reportJson());
                ins.setTimestamp(6, Timestamp.from(now));
                ins.addBatch();
            }
            ins.executeBatch();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot store accepted reports: " + e.getMessage(), e);
        }
    }

    /** Forgets submissions that a newer rules version rejected: they are no one's previous year any more. */
    public void forget(Collection<UUID> submissions) {
        if (submissions.isEmpty()) {
            return;
        }
        try (Connection c = dataSource.getConnection(); PreparedStatement del = c.prepareStatement(
                "delete from accepted_report where submission_id = any(?)")) {
            del.setArray(1, c.createArrayOf("uuid", submissions.toArray()));
            del.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot forget accepted reports: " + e.getMessage(), e);
        }
    }
}
