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
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The last verdict on each submission, small (no report): what a re-validation compares a new verdict with, and
 * how it knows which submissions it has already re-checked.
 */
@ApplicationScoped
public class Verdicts {

    /** A verdict: VALIDATED or REJECTED, the rules version, and the rules whose errors rejected it. */
    public record Verdict(UUID submissionId, String agencyCode, int year, Instant receivedAt, String verdict,
            String rulesVersion, List<String> errorRules, Instant checkedAt) {
    }

    @Inject
    AgroalDataSource dataSource;

    /** The recorded verdicts of these submissions, by submission. */
    public Map<UUID, Verdict> of(Collection<UUID> submissions) {
        Map<UUID, Verdict> out = new HashMap<>();
        if (submissions.isEmpty()) {
            return out;
        }
        try (Connection c = dataSource.getConnection(); PreparedStatement q = c.prepareStatement(
                "select submission_id, agency_code, report_year, received_at, verdict, rules_version, error_rules,"
                        + " checked_at from verdict where submission_id = any(?)")) {
            q.setArray(1, c.createArrayOf("uuid", submissions.toArray()));
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    UUID id = rs.getObject(1, UUID.class);
                    out.put(id, new Verdict(id, rs.getString(2), rs.getInt(3), rs.getTimestamp(4).toInstant(),
                            rs.getString(5), rs.getString(6), Arrays.asList((String[]) rs.getArray(7).getArray()),
                            rs.getTimestamp(8).toInstant()));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read verdicts: " + e.getMessage(), e);
        }
    }

    /** Records the verdicts, replacing earlier ones of the same submissions. */
    public void record(Collection<Verdict> verdicts) {
        if (verdicts.isEmpty()) {
            return;
        }
        try (Connection c = dataSource.getConnection(); PreparedStatement up = c.prepareStatement(
                "insert into verdict (submission_id, agency_code, report_year, received_at, verdict, rules_version,"
                        + " error_rules, checked_at) values (?, ?, ?, ?, ?, ?, ?, ?) on conflict (submission_id) do"
                        + " update set verdict = excluded.verdict, rules_version = excluded.rules_version,"
                        + " error_rules = excluded.error_rules, checked_at = excluded.checked_at")) {
            for (Verdict v : verdicts) {
                up.setObject(1, v.submissionId());
                up.setString(2, v.agencyCode());
                up.setInt(3, v.year());
                up.setTimestamp(4, Timestamp.from(v.receivedAt()));
                up.setString(5, v.verdict());
                up.setString(6, v.rulesVersion());
                up.setArray(7, c.createArrayOf("text", v.errorRules().toArray()));
                up.setTimestamp(8, Timestamp.from(v.checkedAt()));
                up.addBatch();
            }
            up.executeBatch();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot record verdicts: " + e.getMessage(), e);
        }
    }
}
