package org.disclosurepipeline.localstack.fuzz;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * HTTP/1.1 over a plain socket, so that a request can say what no HTTP client would let it say (two Content-Types,
 * a lying multipart body, a chunked body of any size). The body is written by its own thread while the answer is
 * read, so that a service refusing early (413) is heard; an answer that never comes whole is a dropped connection.
 */
final class RawHttp {

    /** What came back: the status (-1 when the connection ended without a whole answer), headers and body. */
    record Answer(int status, Map<String, String> headers, byte[] body, String error) {
        boolean dropped() {
            return status < 0;
        }

        String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }

        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    private RawHttp() {
    }

    /**
     * @param head    request line and headers, without the blank line that ends them
     * @param body    what is sent after them (already chunk-encoded when the head says so)
     * @param timeout milliseconds to wait for the answer
     */
    static Answer send(String host, int port, String head, Body body, int timeout) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), 5_000);
            socket.setSoTimeout(timeout);
            OutputStream out = socket.getOutputStream();
            out.write((head + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            Thread writer = new Thread(() -> {
                try {
                    body.writeTo(out);
                    out.flush();
                } catch (IOException closedByTheService) {
                    // the service answered early and closed: the answer is read below
                }
            }, "fuzz-writer");
            writer.setDaemon(true);
            writer.start();
            Answer answer = read(socket.getInputStream());
            writer.join(timeout);
            return answer;
        } catch (IOException e) {
            return new Answer(-1, Map.of(), new byte[0], e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Answer(-1, Map.of(), new byte[0], "interrupted");
        }
    }

    /** A request body, streamed (a huge one is generated as it is written, never held whole). */
    interface Body {
        void writeTo(OutputStream out) throws IOException;

        static Body of(byte[] bytes) {
            return out -> out.write(bytes);
        }
    }

    private static Answer read(InputStream in) throws IOException {
        int status;
        Map<String, String> headers = new LinkedHashMap<>();
        do { // an interim answer (100 Continue) is followed by the real one
            String statusLine = line(in);
            if (statusLine == null || !statusLine.startsWith("HTTP/1.")) {
                return new Answer(-1, Map.of(), new byte[0], "no status line: " + statusLine);
            }
            status = Integer.parseInt(statusLine.split(" ")[1]);
            headers.clear();
            for (String h = line(in); h != null && !h.isEmpty(); h = line(in)) {
                int colon = h.indexOf(':');
                if (colon > 0) {
                    headers.put(h.substring(0, colon).strip().toLowerCase(Locale.ROOT), h.substring(colon + 1).strip());
                }
            }
        } while (status >= 100 && status < 200);
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        String length = headers.get("content-length");
        if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
            for (String size = line(in); size != null; size = line(in)) {
                int n = Integer.parseInt(size.split(";")[0].strip(), 16);
                if (n == 0) {
                    line(in);
                    break;
                }
                body.write(in.readNBytes(n));
                line(in);
            }
        } else if (length != null) {
            int n = Integer.parseInt(length);
            byte[] bytes = in.readNBytes(n);
            if (bytes.length < n) {
                return new Answer(-1, headers, bytes, "answer cut short: " + bytes.length + " of " + n + " bytes");
            }
            body.write(bytes);
        }
        return new Answer(status, headers, body.toByteArray(), null);
    }

    private static String line(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int b = in.read(); b >= 0; b = in.read()) {
            if (b == '\n') {
                byte[] bytes = line.toByteArray();
                int n = bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
                return new String(bytes, 0, n, StandardCharsets.ISO_8859_1);
            }
            line.write(b);
        }
        return line.size() == 0 ? null : line.toString(StandardCharsets.ISO_8859_1);
    }
}
