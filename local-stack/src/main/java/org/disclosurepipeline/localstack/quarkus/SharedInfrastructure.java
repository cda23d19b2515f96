package org.disclosurepipeline.localstack.quarkus;

import java.nio.file.Files;
import java.nio.file.Path;
import org.disclosurepipeline.localstack.infra.FreePorts;
import org.disclosurepipeline.localstack.infra.LocalInfrastructure;

/**
 * One broker and one database server per test JVM, on free ports, in a fresh folder under the build directory;
 * started on first use and stopped when the JVM exits.
 */
public final class SharedInfrastructure {

    private static LocalInfrastructure instance;

    private SharedInfrastructure() {
    }

    public static synchronized LocalInfrastructure get() {
        if (instance == null) {
            try {
                Path base = Path.of(System.getProperty("java.io.tmpdir"));
                Path dir = Files.createTempDirectory(base, "local-stack-");
                instance = new LocalInfrastructure(dir, FreePorts.next(), FreePorts.next(), false).start();
                LocalInfrastructure started = instance;
                Runtime.getRuntime().addShutdownHook(new Thread(started::close, "local-stack-shutdown"));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException("cannot create the local stack folder", e);
            }
        }
        return instance;
    }
}
