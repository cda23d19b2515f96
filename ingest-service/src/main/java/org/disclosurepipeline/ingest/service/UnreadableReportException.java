package org.disclosurepipeline.ingest.service;

/** The uploaded document cannot be read as a report (wrong encoding, damaged, unsupported); the message says why. */
public class UnreadableReportException extends RuntimeException {

    public UnreadableReportException(String reason) {
        super(reason);
    }
}
