package org.disclosurepipeline.localstack.chaos;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Callable;
import org.disclosurepipeline.localstack.infra.FreePorts;
import org.disclosurepipeline.localstack.infra.LocalInfrastructure;
import org.disclosurepipeline.localstack.pipeline.LocalPipeline;
import org.disclosurepipeline.localstack.pipeline.PipelineLayout;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code scripts/chaos.sh N}: the whole pipeline on free ports (durable PostgreSQL), N uploads under faults. */
@Command(name = "chaos", mixinStandardHelpOptions = true,
        description = "Uploads reports while killing services, the broker and the database; checks nothing is lost.")
public final class ChaosMain implements Callable<Integer> {

    @Parameters(index = "0", defaultValue = "2000", description = "Uploads (default ${DEFAULT-VALUE}).")
    int uploads;

    @Option(names = "--rate", defaultValue = "8", description = "Uploads started per second (default ${DEFAULT-VALUE}).")
    double rate;

    @Option(names = "--clients", defaultValue = "16", description = "Uploads in flight at most (default ${DEFAULT-VALUE}).")
    int clients;

    @Option(names = "--cycles", defaultValue = "1", description = "Rounds of the five faults (default ${DEFAULT-VALUE}).")
    int cycles;

    @Option(names = "--down", defaultValue = "5", description = "Seconds each victim stays down (default ${DEFAULT-VALUE}).")
    int down;

    @Option(names = "--seed", defaultValue = "13", description = "Seed of the workload (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--project", defaultValue = ".", description = "The checkout (default: current folder).")
    Path project;

    @Override
    public Integer call() throws Exception {
        Path root = project.toAbsolutePath().normalize();
        Path dir = Files.createTempDirectory(Files.createDirectories(root.resolve("local-stack/target")), "chaos-");
        System.out.println("Starting Kafka, PostgreSQL (fsync and synchronous commit on) and the three services (logs"
                + " in " + root.relativize(dir) + ") …");
        try (LocalInfrastructure infra = new LocalInfrastructure(dir, FreePorts.next(), FreePorts.next(), true)
                .start();
                LocalPipeline pipeline = new LocalPipeline(infra, new PipelineLayout(root, FreePorts.next(),
                        FreePorts.next(), FreePorts.next()), dir.resolve("logs"), Map.of()).start()) {
            System.out.printf("Uploading %d reports at %.1f/s while inflicting %d faults …%n", uploads, rate,
                    5 * cycles);
            ChaosRun.Report report = ChaosRun.run(infra, pipeline, new ChaosRun.Settings(uploads, rate, clients,
                    seed, Duration.ofSeconds(down), cycles, Duration.ofMinutes(5)), System.out);
            ChaosRun.print(report, System.out);
            return report.clean() ? 0 : 1;
        }
    }

    public static void main(String[] args) {
        System.exit(new CommandLine(new ChaosMain()).execute(args));
    }
}
