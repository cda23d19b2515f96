package org.disclosurepipeline.aggregation.service;

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
import java.util.Map;
import java.util.TreeMap;
import org.disclosurepipeline.aggregation.model.Rollup;

/**
 * Rollup rows for the batch path. County rows take each batch's delta; a city or province row is never changed by
 * a verdict, only recomputed from the rows one level below it (counties, then cities), once per batch, at the end
 * of the batch's transaction and for the few milliseconds that takes: no verdict waits on a province. Rows are
 * locked county → city → province and in code order within a level, so concurrent batches cannot deadlock.
 */
@ApplicationScoped
public class RollupStore {

    /** A parent level and the level it sums. */
    enum Parent {
        CITY("city", "county", 4), PROVINCE("province", "city", 2);

        final String level;
        final String childLevel;
        final int codeLength;

        Parent(String level, String childLevel, int codeLength) {
            this.level = level;
            this.childLevel = childLevel;
            this.codeLength = codeLength;
        }
    }

    private static final String REFRESH = "with parent(code, yr) as (select * from unnest(?::text[], ?::int[])),"
            + " children as (select p.code, p.yr, r.validated_reports v, r.rejected_reports j, r.figures f,"
            + "   r.cell_reports c from parent p join rollup r on r.report_year = p.yr and r.level = ?"
            + "   and left(r.region_code, length(p.code)) = p.code),"
            + " counts as (select code, yr, sum(v) v, sum(j) j from children group by code, yr),"
            + " sums as (select code, yr, jsonb_object_agg(k, s) f from (select code, yr, e.key k,"
            + "   sum(e.value::numeric) s from children, jsonb_each_text(children.f) e group by 1, 2, 3) x group by 1, 2),"
            + " cells as (select code, yr, jsonb_object_agg(k, n) c from (select code, yr, e.key k,"
            + "   sum(e.value::int) n from children, jsonb_each_text(children.c) e group by 1, 2, 3) x group by 1, 2)"
            + " update rollup r set validated_reports = counts.v, rejected_reports = counts.j,"
            + "   figures = coalesce(sums.f, '{}'::jsonb), cell_reports = coalesce(cells.c, '{}'::jsonb),"
            + "   updated_at = ? from counts left join sums using (code, yr) left join cells using (code, yr)"
            + " where r.region_code = counts.code and r.report_year = counts.yr"
            + " returning r.region_code, r.report_year, r.level, r.validated_reports, r.rejected_reports,"
            + "   r.figures::text, r.cell_reports::text, r.updated_at";

    @Inject
    AgroalDataSource dataSource;

    /** The county rows of these keys, created empty when missing, locked, in code order. */
    Map<Rollup.Key, RollupRow> lockCounties(Collection<Rollup.Key> keys) {
        ensure(keys, "county");
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
            throw failure("lock county rollups", e);
        }
    }

    void writeCounties(Collection<RollupRow> rows) {
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
            throw failure("write county rollups", e);
        }
    }

    /** Recomputes the given cities or provinces from their children; returns their new rows. */
    List<RollupRow> refresh(Parent parent, Collection<Rollup.Key> keys) {
        if (keys.isEmpty()) {
            return List.of();
        }
        ensure(keys, parent.level);
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement lock = c.prepareStatement("select 1 from rollup where (region_code, report_year) in"
                    + " (select * from unnest(?::text[], ?::int[])) order by report_year, region_code for update")) {
                bindKeys(c, lock, keys, 1);
                lock.executeQuery().close();
            }
            // read after the lock: every child committed before it is in the sum, and a child committed after it
            // is summed again by the batch that committed it
            List<RollupRow> rows = new ArrayList<>();
            try (PreparedStatement up = c.prepareStatement(REFRESH)) {
                bindKeys(c, up, keys, 1);
                up.setString(3, parent.childLevel);
                up.setTimestamp(4, Timestamp.from(Instant.now()));
                try (ResultSet rs = up.executeQuery()) {
                    while (rs.next()) {
                        rows.add(row(rs));
                    }
                }
            }
            return rows;
        } catch (SQLException e) {
            throw failure("refresh " + parent.level + " rollups", e);
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
