package org.disclosurepipeline.ingest.rest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.disclosurepipeline.contract.http.Problem;
import org.disclosurepipeline.contract.http.ProblemException;

/** Request bodies read with a limit, so that a body without Content-Length cannot fill the memory. */
final class Bodies {

    private Bodies() {
    }

    static byte[] readAtMost(InputStream in, long limit) {
        if (in == null) {
            return new byte[0];
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        try (in) {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                out.write(buffer, 0, n);
                if (out.size() > limit) {
                    throw tooLarge("the report", limit);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the request body", e);
        }
        return out.toByteArray();
    }

    static ProblemException tooLarge(String what, long limit) {
        return new ProblemException(Problem.of(413, "Too large", what + " is larger than the limit of " + limit
                + " bytes (" + limit / (1024 * 1024) + " MB)"));
    }

    static void requireNotEmpty(long size) {
        if (size == 0) {
            throw ProblemException.badRequest("The body is empty: send the report as the request body");
        }
    }
}
