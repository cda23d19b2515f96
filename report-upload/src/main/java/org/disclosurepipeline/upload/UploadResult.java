package org.disclosurepipeline.upload;

/**
 * What happened to one file.
 *
 * @param outcome      ACCEPTED (202), DUPLICATE (200: identical to an earlier submission), DONE_BEFORE (finished by
 *                     an earlier run), REFUSED (4xx: the service said why), FAILED (network or 5xx: try again)
 * @param submissionId the submission, when there is one
 * @param detail       the reason of a refusal or failure
 */
record UploadResult(ManifestEntry entry, String outcome, String submissionId, String detail) {

    boolean succeeded() {
        return outcome.equals("ACCEPTED") || outcome.equals("DUPLICATE") || outcome.equals("DONE_BEFORE");
    }
}
