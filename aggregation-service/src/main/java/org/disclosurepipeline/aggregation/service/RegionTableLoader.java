package org.disclosurepipeline.aggregation.service;

import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import org.disclosurepipeline.aggregation.config.AggregationConfig;
import org.disclosurepipeline.core.regions.Region;
import org.disclosurepipeline.core.regions.RegionRegistry;
import org.jboss.logging.Logger;

/**
 * Fills the {@code region} table from the registry bundled in report-core. Idempotent: a checksum of the data is
 * kept in {@code region_source}, and the table is refilled (in one transaction) only when the data changed, e.g.
 * after {@code scripts/refresh-regions.sh} and a new build.
 */
@ApplicationScoped
public class RegionTableLoader {

    private static final Logger LOG = Logger.getLogger(RegionTableLoader.class);

    @Inject
    AgroalDataSource dataSource;

    @Inject
    AggregationConfig config;

    void onStart(@Observes StartupEvent start) throws SQLException {
        if (config.regions().loadAtStartup()) {
            load(RegionRegistry.bundled());
        }
    }

    /** Returns true when the table was (re)filled, false when it already held this data. */
    public boolean load(RegionRegistry registry) throws SQLException {
        List<Region> regions = registry.all().stream().sorted(Comparator.comparing(Region::code)).toList();
        String checksum = checksum(regions);
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            // one loader at a time, also across instances starting together
            c.createStatement().execute("lock table region_source in exclusive mode");
            try (var q = c.prepareStatement("select 1 from region_source where checksum = ?")) {
                q.setString(1, checksum);
                if (q.executeQuery().next()) {
                    c.rollback();
                    return false;
                }
            }
            c.createStatement().execute("delete from region");
            insert(c, regions);
            try (var up = c.prepareStatement("insert into region_source (id, checksum, regions, loaded_at) "
                    + "values (1, ?, ?, now()) on conflict (id) do update set checksum = excluded.checksum, "
                    + "regions = excluded.regions, loaded_at = excluded.loaded_at")) {
                up.setString(1, checksum);
                up.setInt(2, regions.size());
                up.executeUpdate();
            }
            c.commit();
            LOG.infof("region table filled with %d regions (checksum %s)", regions.size(), checksum.substring(0, 12));
            return true;
        }
    }

    private static void insert(Connection c, List<Region> regions) throws SQLException {
        try (PreparedStatement ins = c.prepareStatement(
                "insert into region (code, name, level, parent_code) values (?, ?, ?, ?)")) {
            int n = 0;
            for (Region r : regions) {
                ins.setString(1, r.code());
                ins.setString(2, r.name());
                ins.setString(3, r.level().key());
                ins.setString(4, r.parentCode());
                ins.addBatch();
                if (++n % 2000 == 0) {
                    ins.executeBatch();
                }
            }
            ins.executeBatch();
        }
    }

    static String checksum(List<Region> sorted) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (Region r : sorted) {
                sha.update((r.code() + '\t' + r.name() + '\n').getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
