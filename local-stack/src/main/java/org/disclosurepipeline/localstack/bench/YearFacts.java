package org.disclosurepipeline.localstack.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

/**
 * The year benchmark's reads and writes in aggregation's database: it watches facts arrive, compares rollups, damages
 * them, and copies a year's facts into a larger made-up year (the rebuild must then build that year's rollups).
 */
final class YearFacts implements AutoCloseable {

    private final Connection db;

    YearFacts(String jdbcUrl, String user, String password) throws SQLException {
        db = DriverManager.getConnection(jdbcUrl, user, password);
    }

    /** Waits until {@code expected} current facts of the year exist (under {@code rulesVersion} when given). */
    boolean awaitCurrent(int year, long expected, String rulesVersion, long timeoutMillis) throws Exception {
        long deadline = System.currentTimeMillis() + timeoutMillis;
        String sql = "select count(*) from report_fact where report_year = ? and is_current"
                + (rulesVersion == null ? "" : " and rules_version = ?");
        try (PreparedStatement q = db.prepareStatement(sql)) {
            q.setInt(1, year);
            if (rulesVersion != null) {
                q.setString(2, rulesVersion);
            }
            while (System.currentTimeMillis() < deadline) {
                try (ResultSet rs = q.executeQuery()) {
                    rs.next();
                    if (rs.getLong(1) >= expected) {
                        return true;
                    }
                }
                Thread.sleep(200);
            }
        }
        return false;
    }

    /** Every rollup of the year: region code → its counts and figures, as text to compare. */
    Map<String, String> rollups(int year) throws SQLException {
        Map<String, String> out = new HashMap<>();
        try (PreparedStatement q = db.prepareStatement("select region_code, validated_reports, rejected_reports,"
                + " figures::text, cell_reports::text from rollup where report_year = ?")) {
            q.setInt(1, year);
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getString(1), rs.getInt(2) + "|" + rs.getInt(3) + "|" + rs.getString(4) + "|"
                            + rs.getString(5));
                }
            }
        }
        return out;
    }

    /** Reports counted by the year's province rollups. */
    long provinceReports(int year) throws SQLException {
        try (PreparedStatement q = db.prepareStatement("select coalesce(sum(validated_reports + rejected_reports), 0)"
                + " from rollup where report_year = ? and level = 'province'")) {
            q.setInt(1, year);
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** Zeroes every rollup of the year and deletes a tenth of them, as a bad deployment or hand edit might. */
    void damageRollups(int year) throws SQLException {
        try (PreparedStatement zero = db.prepareStatement("update rollup set validated_reports = 0,"
                + " rejected_reports = 0, figures = '{}'::jsonb where report_year = ?");
                PreparedStatement delete = db.prepareStatement(
                        "delete from rollup where report_year = ? and abs(hashtext(region_code)) % 10 = 0")) {
            zero.setInt(1, year);
            zero.executeUpdate();
            delete.setInt(1, year);
            delete.executeUpdate();
        }
    }

    /**
     * Copies the current facts of {@code from} into {@code to} until it holds {@code size} of them, each copy under
     * a new agency code of the same county (made-up codes: the rebuild sums by the fact's region columns).
     */
    void makeUpYear(int from, int to, int size) throws SQLException {
        try (PreparedStatement insert = db.prepareStatement("""
                insert into report_fact (submission_id, agency_code, agency_name, report_year, county_code, city_code,
                    province_code, verdict, received_at, checked_at, figures, findings, is_current, stored_at,
                    rules_version)
                select gen_random_uuid(),
                       county_code || lpad((row_number() over (partition by county_code order by k, agency_code))::text,
                                            3, '0'),
                       agency_name, ?, county_code, city_code, province_code, verdict, received_at, checked_at,
                       figures, findings, true, now(), rules_version
                from report_fact cross join generate_series(1, ?) k
                where report_year = ? and is_current
                limit ?""")) {
            insert.setInt(1, to);
            insert.setInt(2, size / Math.max(1, countCurrent(from)) + 1);
            insert.setInt(3, from);
            insert.setInt(4, size);
            long t0 = System.nanoTime();
            int rows = insert.executeUpdate();
            System.out.printf("Made up year %d: %d facts copied from %d in %.1f s%n", to, rows, from,
                    (System.nanoTime() - t0) / 1e9);
        }
    }

    private int countCurrent(int year) throws SQLException {
        try (PreparedStatement q = db.prepareStatement(
                "select count(*) from report_fact where report_year = ? and is_current")) {
            q.setInt(1, year);
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    @Override
    public void close() throws SQLException {
        db.close();
    }
}
