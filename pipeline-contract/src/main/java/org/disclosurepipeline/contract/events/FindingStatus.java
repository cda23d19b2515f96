package org.disclosurepipeline.contract.events;

/** FAIL: the check was made and failed. NOT_ASSESSABLE: the check could not be made because an input is missing. */
public enum FindingStatus {
    FAIL, NOT_ASSESSABLE
}
