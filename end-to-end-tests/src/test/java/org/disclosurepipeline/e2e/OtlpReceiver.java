package org.disclosurepipeline.e2e;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A stand-in for Jaeger's OTLP/HTTP receiver: keeps what the services post to {@code /v1/traces}. The bodies are
 * protobuf; a trace id appears in them as its 16 bytes, a service's name (a resource attribute) as UTF-8.
 */
final class OtlpReceiver implements AutoCloseable {

    static final List<String> SERVICES = List.of("ingest-service", "validation-service", "aggregation-service");

    private final HttpServer server;
    private final List<byte[]> exports = new CopyOnWriteArrayList<>();

    OtlpReceiver() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/v1/traces", exchange -> {
            exports.add(exchange.getRequestBody().readAllBytes());
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        server.start();
    }

    String endpoint() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** The services that exported spans of a trace. */
    Set<String> servicesOf(String traceId) {
        String id = new String(HexFormat.of().parseHex(traceId), StandardCharsets.ISO_8859_1);
        Set<String> services = new TreeSet<>();
        for (byte[] export : exports) {
            String bytes = new String(export, StandardCharsets.ISO_8859_1);
            if (bytes.contains(id)) {
                SERVICES.stream().filter(s -> bytes.contains(s)).forEach(services::add);
            }
        }
        return services;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
