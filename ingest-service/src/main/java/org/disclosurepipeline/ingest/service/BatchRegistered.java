package org.disclosurepipeline.ingest.service;

import java.util.UUID;

/** Fired inside the transaction that stored a batch; observed after commit to wake the batch worker. */
public record BatchRegistered(UUID batchId) {
}
