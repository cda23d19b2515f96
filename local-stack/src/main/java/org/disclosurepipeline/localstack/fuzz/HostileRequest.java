package org.disclosurepipeline.localstack.fuzz;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;

/**
 * One hostile request: where it goes, its headers and body, and how the body is framed. {@code kind} names the
 * mutation, so that the figures say which kinds of input were tried.
 */
record HostileRequest(String kind, Target target, String path, List<String> headers, byte[] body, Framing framing,
        long hugeBytes) {

    enum Target {
        UPLOAD("ingest", "single upload"), UPLOAD_FORM("ingest", "multipart upload"), BATCH("ingest", "batch"),
        DRY_RUN("validation", "dry run"), DRY_RUN_FORM("validation", "multipart dry run");

        final String service;
        final String label;

        Target(String service, String label) {
            this.service = service;
            this.label = label;
        }
    }

    enum Framing {
        /** Content-Length: the body's length. */
        LENGTH,
        /** Transfer-Encoding: chunked, in chunks of random sizes. */
        CHUNKED,
        /** A declared Content-Length of hugeBytes, the body streamed until the service stops listening. */
        HUGE_LENGTH,
        /** hugeBytes of zeros, chunked, without a length. */
        HUGE_CHUNKED
    }

    String head(String host) {
        StringBuilder head = new StringBuilder("POST ").append(path).append(" HTTP/1.1\r\nHost: ").append(host)
                .append("\r\nConnection: close");
        for (String h : headers) {
            head.append("\r\n").append(h);
        }
        switch (framing) {
            case LENGTH -> head.append("\r\nContent-Length: ").append(body.length);
            case HUGE_LENGTH -> head.append("\r\nContent-Length: ").append(hugeBytes);
            case CHUNKED, HUGE_CHUNKED -> head.append("\r\nTransfer-Encoding: chunked");
        }
        return head.toString();
    }

    RawHttp.Body streamedBody(long seed) {
        return switch (framing) {
            case LENGTH -> RawHttp.Body.of(body);
            case CHUNKED -> out -> chunked(out, body, new Random(seed));
            case HUGE_LENGTH -> out -> huge(out, false);
            case HUGE_CHUNKED -> out -> huge(out, true);
        };
    }

    private static void chunked(OutputStream out, byte[] body, Random random) throws IOException {
        int at = 0;
        while (at < body.length) {
            int n = Math.min(body.length - at, 1 + random.nextInt(64 * 1024));
            out.write((Integer.toHexString(n) + "\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(body, at, n);
            out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
            at += n;
        }
        out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
    }

    /** A form's head (when there is one), zeros, and its tail: hugeBytes in all, written as they are made. */
    private void huge(OutputStream out, boolean chunked) throws IOException {
        byte[] tail = body.length == 0 ? new byte[0] : FORM_TAIL;
        byte[] slice = new byte[256 * 1024];
        long zeros = hugeBytes - body.length - tail.length;
        write(out, body, body.length, chunked);
        for (long sent = 0; sent < zeros; sent += slice.length) {
            write(out, slice, (int) Math.min(slice.length, zeros - sent), chunked);
        }
        write(out, tail, tail.length, chunked);
        if (chunked) {
            out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        }
    }

    /** The end of the form whose head a huge multipart body starts with. */
    static final byte[] FORM_TAIL = "\r\n--huge--\r\n".getBytes(StandardCharsets.US_ASCII);

    private static void write(OutputStream out, byte[] bytes, int n, boolean chunked) throws IOException {
        if (n == 0) {
            return;
        }
        if (chunked) {
            out.write((Integer.toHexString(n) + "\r\n").getBytes(StandardCharsets.US_ASCII));
        }
        out.write(bytes, 0, n);
        if (chunked) {
            out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
        }
    }

    @Override
    public String toString() {
        String shown = head("…").replaceAll("Bearer [^\\r]{20,}", "Bearer <token>").replace("\r\n", " | ");
        return kind + " → " + target.label + ": " + (shown.length() > 300 ? shown.substring(0, 300) + "…" : shown)
                + " | body " + (framing == Framing.LENGTH || framing == Framing.CHUNKED ? body.length : hugeBytes)
                + " bytes " + framing;
    }
}
