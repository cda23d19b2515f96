package org.disclosurepipeline.contract.events;

/** The verdict of an outcome: REJECTED when any finding is an error, VALIDATED otherwise. */
public enum Verdict {
    VALIDATED, REJECTED
}
