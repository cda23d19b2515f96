package org.disclosurepipeline.localstack.quarkus;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.HashMap;
import java.util.Map;

/**
 * Gives a {@code @QuarkusTest} the real Kafka broker and PostgreSQL of {@link SharedInfrastructure}. The init
 * argument {@code database} names the service's database (ingest, validation, aggregation). The service trusts the
 * tokens of {@link TestTokens}.
 *
 * <pre>{@code @WithTestResource(value = LocalStackTestResource.class,
 *     initArgs = @ResourceArg(name = "database", value = "aggregation"))}</pre>
 */
public class LocalStackTestResource implements QuarkusTestResourceLifecycleManager {

    private String database = "ingest";

    @Override
    public void init(Map<String, String> initArgs) {
        database = initArgs.getOrDefault("database", database);
    }

    @Override
    public Map<String, String> start() {
        Map<String, String> config = new HashMap<>(SharedInfrastructure.get().serviceConfig(database));
        config.putAll(TestTokens.tokens().verifierConfig()); // every service trusts the test key's tokens
        return config;
    }

    @Override
    public void stop() {
        // the infrastructure is shared by every test class of the JVM and stops with it
    }
}
