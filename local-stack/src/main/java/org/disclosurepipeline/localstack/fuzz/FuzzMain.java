package org.disclosurepipeline.localstack.fuzz;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
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

/** {@code scripts/fuzz.sh N}: the whole pipeline on free ports, N hostile requests, the figures, exit 0 when clean. */
@Command(name = "fuzz", mixinStandardHelpOptions = true,
        description = "Sends hostile requests to a local pipeline and checks every answer.")
public final class FuzzMain implements Callable<Integer> {

    @Parameters(index = "0", defaultValue = "3000", description = "Hostile requests (default ${DEFAULT-VALUE}).")
    int requests;

    @Option(names = "--seed", defaultValue = "13", description = "Seed: the same seed sends the same requests.")
    long seed;

    @Option(names = "--project", defaultValue = ".", description = "The checkout (default: current folder).")
    Path project;

    @Override
    public Integer call() throws Exception {
        Path root = project.toAbsolutePath().normalize();
        Path dir = Files.createTempDirectory(Files.createDirectories(root.resolve("local-stack/target")), "fuzz-");
        System.out.println("Starting Kafka, PostgreSQL and the three services (logs in " + root.relativize(dir) + ") …");
        try (LocalInfrastructure infra = new LocalInfrastructure(dir, FreePorts.next(), FreePorts.next(), false)
                .start();
                LocalPipeline pipeline = new LocalPipeline(infra, new PipelineLayout(root, FreePorts.next(),
                        FreePorts.next(), FreePorts.next()), dir.resolve("logs"), Map.of()).start()) {
            System.out.println("Sending " + requests + " hostile requests (seed " + seed + ") …");
            Fuzzer.FuzzReport report = new Fuzzer(Map.of(
                    "ingest", URI.create(pipeline.ingest().baseUrl()),
                    "validation", URI.create(pipeline.validation().baseUrl()),
                    "aggregation", URI.create(pipeline.aggregation().baseUrl())), pipeline.tokens())
                    .run(seed, requests, System.out);
            System.out.print(report.summary());
            return report.passed() ? 0 : 1;
        }
    }

    public static void main(String[] args) {
        System.exit(new CommandLine(new FuzzMain()).execute(args));
    }
}
