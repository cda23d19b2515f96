package org.disclosurepipeline.ingest.service;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * One document to accept for an agency and year, as uploaded.
 *
 * @param declaredType the Content-Type the client sent, or null
 * @param submittedBy  the token subject of whoever uploaded it
 */
public record ReportUpload(String agencyCode, int year, byte[] content, String sha256, String declaredType,
        String submittedBy) {

    public static ReportUpload of(String agencyCode, int year, byte[] content, String declaredType,
            String submittedBy) {
        return new ReportUpload(agencyCode, year, content, sha256(content), declaredType, submittedBy);
    }

    public static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
