package org.disclosurepipeline.ingest.messaging;

import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.disclosurepipeline.ingest.config.IngestConfig;
import org.disclosurepipeline.ingest.model.OutboxEvent;
import org.disclosurepipeline.ingest.service.SubmissionAccepted;

/**
 * Publishes the outbox to Kafka: right after a submission commits, and every second for whatever is left (for
 * instance while the broker was down). An event is deleted only once Kafka acknowledged it with acks=all; if the
 * relay dies in between, the event is sent again and consumers drop the duplicate by id. An event the broker can
 * never take is parked ({@link OutboxParking}) and the relay goes on with the rest.
 */
@ApplicationScoped
public class OutboxRelay {

    @Inject
    OutboxProducer producer;

    @Inject
    IngestConfig config;

    @Inject
    OutboxParking parking;

    private final ExecutorService wakeUps = Executors.newSingleThreadExecutor(r -> new Thread(r, "outbox-relay"));
    /** A relay round is queued and has not started: later submissions are published by it too. */
    private final AtomicBoolean queued = new AtomicBoolean();
    private volatile boolean failing;

    void onAccepted(@Observes(during = TransactionPhase.AFTER_SUCCESS) SubmissionAccepted accepted) {
        if (queued.compareAndSet(false, true)) {
            wakeUps.execute(() -> {
                queued.set(false);
                relayQuietly();
            });
        }
    }

    @Scheduled(every = "1s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP, delayed = "2s")
    void everySecond() {
        relayQuietly();
    }

    private void relayQuietly() {
        try {
            relay();
            if (failing) {
                Log.info("outbox relay: the broker is reachable again; pending events published");
                failing = false;
            }
        } catch (RuntimeException e) {
            if (!failing) {
                Log.warnf("outbox relay: cannot publish (%s); events stay in the outbox and are retried",
                        e.getMessage());
                failing = true;
            }
        }
    }

    /** Whether the last attempt to publish failed (the broker unreachable); pending events stay in the outbox. */
    public boolean isFailing() {
        return failing;
    }

    /** Publishes batches until the outbox is empty; returns how many events were published. */
    public synchronized int relay() {
        int total = 0;
        int published;
        do {
            published = QuarkusTransaction.requiringNew().call(this::publishBatch);
            total += published;
        } while (published == config.outbox().batchSize());
        return total;
    }

    private int publishBatch() {
        List<OutboxEvent> batch = OutboxEvent.lockNextBatch(config.outbox().batchSize());
        List<Future<RecordMetadata>> acks = new ArrayList<>(batch.size());
        for (OutboxEvent e : batch) {
            acks.add(producer.send(e));
        }
        for (int i = 0; i < batch.size(); i++) {
            OutboxEvent event = batch.get(i);
            try {
                await(acks.get(i));
                event.delete(); // acknowledged by all in-sync replicas: nothing left to send
            } catch (UnsendableException e) {
                parking.park(event, e.getMessage());
            }
        }
        return batch.size();
    }

    /** Thrown for an event the broker will never take: retrying cannot help. */
    static final class UnsendableException extends RuntimeException {
        UnsendableException(Throwable cause) {
            super(cause.getClass().getSimpleName() + ": " + cause.getMessage(), cause);
        }
    }

    private static void await(Future<RecordMetadata> ack) {
        try {
            ack.get(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while publishing", e);
        } catch (ExecutionException e) {
            if (OutboxParking.neverSendable(e.getCause())) {
                throw new UnsendableException(e.getCause());
            }
            throw new IllegalStateException(e.getCause().getMessage(), e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException("Kafka did not acknowledge within 60 s", e);
        }
    }

    void shutdown(@Observes io.quarkus.runtime.ShutdownEvent event) {
        wakeUps.shutdownNow();
    }
}
