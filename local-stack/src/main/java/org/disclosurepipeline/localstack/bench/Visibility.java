package org.disclosurepipeline.localstack.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

/**
 * When submissions became visible in the rollups. aggregation-service stores a submission's fact in the same
 * transaction as the rollups it changes, and stamps it ({@code report_fact.stored_at}) just before that
 * transaction commits; the benchmark reads those stamps from aggregation's database (it measures, it does not
 * take part). Whether everything is visible is also confirmed through the query API.
 */
final class Visibility implements AutoCloseable {

    private final Connection db;

    Visibility(String jdbcUrl, String user, String password) throws SQLException {
        db = DriverManager.getConnection(jdbcUrl, user, password);
    }

    /** Waits until {@code expected} agencies of the year are counted; false on timeout. */
    boolean await(int year, long expected, long timeoutMillis) throws Exception {
        long deadline = System.currentTimeMillis() + timeoutMillis;
        try (PreparedStatement q = db.prepareStatement(
                "select count(*) from report_fact where report_year = ? and is_current")) {
            q.setInt(1, year);
            while (System.currentTimeMillis() < deadline) {
                try (ResultSet rs = q.executeQuery()) {
                    rs.next();
                    if (rs.getLong(1) >= expected) {
                        return true;
                    }
                }
                Thread.sleep(100);
            }
        }
        return false;
    }

    /** Submission id → when it was counted (epoch ms), for the year. */
    Map<String, Long> countedAt(int year) throws SQLException {
        Map<String, Long> out = new HashMap<>();
        try (PreparedStatement q = db.prepareStatement(
                "select submission_id::text, stored_at from report_fact where report_year = ?")) {
            q.setInt(1, year);
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getString(1), rs.getTimestamp(2).getTime());
                }
            }
        }
        return out;
    }

    @Override
    public void close() throws SQLException {
        db.close();
    }
}
