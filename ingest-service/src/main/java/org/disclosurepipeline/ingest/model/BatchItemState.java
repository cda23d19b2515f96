package org.disclosurepipeline.ingest.model;

/** Where one file of a batch is: waiting to be read, a (new or identical earlier) submission, or refused. */
public enum BatchItemState {
    PENDING, ACCEPTED, DUPLICATE, REFUSED
}
