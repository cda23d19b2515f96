package org.disclosurepipeline.ingest.rest;

import java.util.UUID;
import org.disclosurepipeline.common.http.ProblemException;
import org.disclosurepipeline.ingest.model.Submission;

/** The submission a path names, or 404 naming {@code id}. */
final class SubmissionIds {

    private SubmissionIds() {
    }

    static Submission find(String id) {
        UUID uuid;
        try {
            uuid = UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw ProblemException.field(404, "Not found", "id", "not a submission id (a UUID)");
        }
        Submission s = Submission.findById(uuid);
        if (s == null) {
            throw ProblemException.field(404, "Not found", "id", "no submission " + id);
        }
        return s;
    }
}
