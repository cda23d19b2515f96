package org.disclosurepipeline.ingest.rest;

import java.util.UUID;

/** The answer to a batch upload: where to follow its progress. */
public record BatchReceipt(UUID batchId, String statusUrl, int files) {
}
