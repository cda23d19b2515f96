package org.disclosurepipeline.ingest.service;

/**
 * A report as uploaded: the agency and year it is for, the document's bytes and media type, and who sent it.
 */
public record ReportUpload(String agencyCode, int year, byte[] content, String mediaType, String submittedBy) {
}
