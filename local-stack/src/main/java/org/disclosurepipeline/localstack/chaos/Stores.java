package org.disclosurepipeline.localstack.chaos;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.disclosurepipeline.localstack.infra.LocalInfrastructure;
import org.disclosurepipeline.localstack.infra.PostgresServer;

/** What each service's database holds, read directly (the checker trusts no service's API for it). */
final class Stores {

    private final LocalInfrastructure infra;

    Stores(LocalInfrastructure infra) {
        this.infra = infra;
    }

    /** ingest: every submission's status. */
    Map<String, String> submissionStatuses() {
        Map<String, String> out = new HashMap<>();
        query("ingest", "select id::text, status from submission", rs -> out.put(rs.getString(1), rs.getString(2)));
        return out;
    }

    /** validation: the submissions it stored a verdict of. */
    Set<String> verdicts() {
        Set<String> out = new HashSet<>();
        query("validation", "select submission_id::text from verdict", rs -> out.add(rs.getString(1)));
        return out;
    }

    /** aggregation: how many facts each submission has (the primary key allows one). */
    Set<String> facts() {
        Set<String> out = new HashSet<>();
        query("aggregation", "select submission_id::text from report_fact", rs -> out.add(rs.getString(1)));
        return out;
    }

    /** aggregation: reports counted per region of {@code year} (validated + rejected), every level. */
    Map<String, Integer> counted(int year) {
        Map<String, Integer> out = new HashMap<>();
        query("aggregation", "select region_code, validated_reports + rejected_reports from rollup where report_year = "
                + year, rs -> out.put(rs.getString(1), rs.getInt(2)));
        return out;
    }

    private interface Row {
        void read(ResultSet rs) throws SQLException;
    }

    private void query(String database, String sql, Row row) {
        try (Connection c = DriverManager.getConnection(infra.postgres().jdbcUrl(database), PostgresServer.USER,
                PostgresServer.PASSWORD); PreparedStatement s = c.prepareStatement(sql);
                ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                row.read(rs);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read " + database + ": " + e.getMessage(), e);
        }
    }
}
