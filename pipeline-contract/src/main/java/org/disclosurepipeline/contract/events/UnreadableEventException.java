package org.disclosurepipeline.contract.events;

/** A record whose value is not an event of the expected type: it belongs on a dead-letter topic. */
public final class UnreadableEventException extends RuntimeException {

    public UnreadableEventException(String reason) {
        super(reason);
    }
}
