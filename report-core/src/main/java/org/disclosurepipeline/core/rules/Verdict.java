package org.disclosurepipeline.core.rules;

/** REJECTED when any finding is an error that failed, VALIDATED otherwise. */
public enum Verdict {
    VALIDATED, REJECTED
}
