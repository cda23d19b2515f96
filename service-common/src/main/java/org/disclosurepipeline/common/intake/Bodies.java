package org.disclosurepipeline.common.intake;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import org.disclosurepipeline.common.http.ProblemException;

/** Request bodies read with a limit, so that a body without Content-Length cannot fill the memory. */
public final class Bodies {

    private Bodies() {
    }

    public static byte[] readAtMost(InputStream in, long limit) {
        if (in == null) {
            return new byte[0];
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        try (in) {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                out.write(buffer, 0, n);
                if (out.size() > limit) {
                    throw tooLarge("body", "the report", limit);
                }
            }
        } catch (IOException e) { // the client stopped sending, or sent a broken chunked body
            throw ProblemException.field(400, "Bad request", "body", "the body could not be read to its end ("
                    + e.getClass().getSimpleName() + ")");
        }
        return out.toByteArray();
    }

    /** 413 naming the field (body, a form part) that is too large. */
    public static ProblemException tooLarge(String field, String what, long limit) {
        return ProblemException.field(413, "Too large", field, what + " is larger than the limit of " + limit
                + " bytes (" + limit / (1024 * 1024) + " MB)");
    }

    public static void requireNotEmpty(String field, long size) {
        if (size == 0) {
            throw ProblemException.field(400, "Bad request", field, "empty: send the report"
                    + (field.equals("body") ? " as the request body" : " in the form part '" + field + "'"));
        }
    }
}
