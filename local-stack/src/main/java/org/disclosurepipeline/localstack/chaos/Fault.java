package org.disclosurepipeline.localstack.chaos;

import java.time.Duration;
import org.disclosurepipeline.localstack.infra.LocalInfrastructure;
import org.disclosurepipeline.localstack.pipeline.LocalPipeline;
import org.disclosurepipeline.localstack.pipeline.ServiceProcess;

/** One fault the harness inflicts on the running pipeline, and how it brings the victim back. */
enum Fault {

    KILL_INGEST("kill -9 ingest-service, restart"),
    KILL_VALIDATION("kill -9 validation-service, restart"),
    KILL_AGGREGATION("kill -9 aggregation-service, restart"),
    RESTART_BROKER("restart the Kafka broker"),
    KILL_POSTGRES("kill -9 PostgreSQL, restart");

    private static final Duration READY = Duration.ofSeconds(180);

    final String label;

    Fault(String label) {
        this.label = label;
    }

    /** Inflicts the fault, keeps the victim down for {@code down}, brings it back; returns what was done. */
    String inflict(LocalInfrastructure infra, LocalPipeline pipeline, Duration down) throws InterruptedException {
        switch (this) {
            case KILL_INGEST, KILL_VALIDATION, KILL_AGGREGATION -> {
                ServiceProcess service = this == KILL_INGEST ? pipeline.ingest()
                        : this == KILL_VALIDATION ? pipeline.validation() : pipeline.aggregation();
                long pid = service.kill();
                Thread.sleep(down.toMillis());
                service.start().awaitReady(READY);
                return "killed " + service.name() + " (pid " + pid + "), restarted";
            }
            case RESTART_BROKER -> {
                infra.kafka().close();
                Thread.sleep(down.toMillis());
                infra.kafka().start();
                return "stopped the broker, started it again";
            }
            default -> {
                long pid = infra.postgres().kill();
                Thread.sleep(down.toMillis());
                infra.postgres().start();
                return "killed PostgreSQL's postmaster (pid " + pid + "), restarted";
            }
        }
    }
}
