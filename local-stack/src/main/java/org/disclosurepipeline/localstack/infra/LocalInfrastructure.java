package org.disclosurepipeline.localstack.infra;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.disclosurepipeline.contract.events.Topics;

/** The broker and the database the services need, started together, stopped in reverse order. */
public final class LocalInfrastructure implements AutoCloseable {

    /** One database per service: services never share tables. */
    public static final List<String> DATABASES = List.of("ingest", "validation", "aggregation");
    /** Partitions of every pipeline topic: room for several instances of each service (one consumer per partition). */
    public static final int PARTITIONS = 6;

    private final KafkaBroker kafka;
    private final PostgresServer postgres;

    public LocalInfrastructure(Path dataDir, int kafkaPort, int postgresPort, boolean durable) {
        this.kafka = new KafkaBroker(kafkaPort, dataDir.resolve("kafka"));
        this.postgres = new PostgresServer(postgresPort, dataDir.resolve("postgres"), durable);
    }

    public LocalInfrastructure start() {
        postgres.start();
        postgres.createDatabases(DATABASES);
        kafka.start();
        kafka.createTopics(Topics.ALL, PARTITIONS);
        return this;
    }

    public KafkaBroker kafka() {
        return kafka;
    }

    public PostgresServer postgres() {
        return postgres;
    }

    /** The configuration a service needs to reach this infrastructure, as Quarkus property names. */
    public Map<String, String> serviceConfig(String database) {
        return Map.of(
                "kafka.bootstrap.servers", kafka.bootstrapServers(),
                "quarkus.datasource.jdbc.url", postgres.jdbcUrl(database),
                "quarkus.datasource.username", PostgresServer.USER,
                "quarkus.datasource.password", PostgresServer.PASSWORD);
    }

    @Override
    public void close() {
        try {
            kafka.close();
        } finally {
            postgres.close();
        }
    }
}
