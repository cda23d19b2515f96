package org.disclosurepipeline.aggregation.service;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.disclosurepipeline.aggregation.model.Rollup;

/**
 * Rollup rows for the batch path, read and written as JSON text (plain JDBC: no entity snapshots). Rows are locked
 * county → city → province and in code order within a level, so concurrent batches cannot deadlock.
 */
@ApplicationScoped
public class RollupStore {

    @Inject
    AgroalDataSource dataSource;

    /** The rows of these keys (all of one level), created empty when missing, locked, in code order. */
    Map<Rollup.Key, RollupRow> lock(Collection<Rollup.Key> keys, String level) {
        ensure(keys, level);
        Map<Rollup.Key, RollupRow> rows = new TreeMap<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement q = c.prepareStatement(
                "select region_code, report_year, level, validated_reports, rejected_reports, figures::text,"
                        + " cell_reports::text, updated_at from rollup where (region_code, report_year) in"
                        + " (select * from unnest(?::text[], ?::int[])) order by report_year, region_code for update")) {
            bindKeys(c, q, keys, 1);
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    RollupRow row = row(rs);
                    rows.put(Rollup.Key.of(row.regionCode, row.year), row);
                }
            }
            return rows;
        } catch (SQLException e) {
            throw failure("lock " + level + " rollups", e);
        }
    }

    void write(Collection<RollupRow> rows) {
        try (Connection c = dataSource.getConnection(); PreparedStatement up = c.prepareStatement(
                "update rollup set validated_reports = ?, rejected_reports = ?, figures = ?::jsonb,"
                        + " cell_reports = ?::jsonb, updated_at = ? where region_code = ? and report_year = ?")) {
            for (RollupRow r : rows) {
                up.setInt(1, r.validated);
                up.setInt(2, r.rejected);
                up.setString(3, CellsJson.write(r.figures));
                up.setString(4, CellsJson.write(r.cells));
                up.setTimestamp(5, Timestamp.from(r.updatedAt));
                up.setString(6, r.regionCode);
                up.setInt(7, r.year);
                up.addBatch();
            }
            up.executeBatch();
        } catch (SQLException e) {
            throw failure("write rollups", e);
        }
    }

    /** The stored rows of these regions of a year, unlocked (for announcing a repair). */
    List<RollupRow> read(int year, Collection<String> codes) {
        List<RollupRow> rows = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement q = c.prepareStatement(
                "select region_code, report_year, level, validated_reports, rejected_reports, figures::text,"
                        + " cell_reports::text, updated_at from rollup where report_year = ? and region_code = any(?)")) {
            q.setInt(1, year);
            q.setArray(2, c.createArrayOf("text", codes.toArray()));
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    rows.add(row(rs));
                }
            }
            return rows;
        } catch (SQLException e) {
            throw failure("read rollups", e);
        }
    }

    private void ensure(Collection<Rollup.Key> keys, String level) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ins = c.prepareStatement(
                "insert into rollup (region_code, report_year, level, validated_reports, rejected_reports, figures,"
                        + " cell_reports, updated_at) select k, y, ?, 0, 0, '{}'::jsonb, '{}'::jsonb, now()"
                        + " from unnest(?::text[], ?::int[]) t(k, y) order by y, k on conflict do nothing")) {
            ins.setString(1, level);
            bindKeys(c, ins, keys, 2);
            ins.executeUpdate();
        } catch (SQLException e) {
            throw failure("create " + level + " rollups", e);
        }
    }

    private static void bindKeys(Connection c, PreparedStatement s, Collection<Rollup.Key> keys, int from)
            throws SQLException {
        s.setArray(from, c.createArrayOf("text", keys.stream().map(k -> k.regionCode).toArray()));
        s.setArray(from + 1, c.createArrayOf("int4", keys.stream().map(k -> k.year).toArray()));
    }

    private static RollupRow row(ResultSet rs) throws SQLException {
        return new RollupRow(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getInt(4), rs.getInt(5),
                CellsJson.sums(rs.getString(6)), CellsJson.counts(rs.getString(7)), rs.getTimestamp(8).toInstant());
    }

    private static IllegalStateException failure(String what, SQLException e) {
        return new IllegalStateException("cannot " + what + ": " + e.getMessage(), e);
    }
}
