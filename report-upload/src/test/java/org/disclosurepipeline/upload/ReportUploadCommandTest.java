package org.disclosurepipeline.upload;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Against a stand-in ingest-service: outcomes per file, a summary table, and a resumed run after a failure. */
class ReportUploadCommandTest {

    @TempDir
    Path dir;

    HttpServer server;
    final List<String> requests = new CopyOnWriteArrayList<>();
    final AtomicBoolean down = new AtomicBoolean();
    final java.util.concurrent.atomic.AtomicInteger retryAfterZero = new java.util.concurrent.atomic.AtomicInteger();

    @BeforeEach
    void startServer() throws Exception {
        server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        server.createContext("/api/v1/reports", exchange -> {
            String query = exchange.getRequestURI().getQuery();
            requests.add(query + " " + exchange.getRequestHeaders().getFirst("Authorization")
                    + " " + exchange.getRequestHeaders().getFirst("Content-Type"));
            exchange.getRequestBody().readAllBytes();
            int status;
            String body;
            if (query.contains("610722111") && retryAfterZero.getAndDecrement() > 0) {
                status = 503;
                body = "{\"status\":503,\"detail\":\"the database cannot be reached just now\"}";
                exchange.getResponseHeaders().add("Retry-After", "0");
            } else if (down.get() && query.contains("610722114")) {
                status = 503;
                body = "{\"detail\":\"not now\"}";
            } else if (query.contains("410425108")) {
                status = 403;
                body = "{\"status\":403,\"detail\":\"the token is scoped to region 610722\"}";
            } else {
                status = 202;
                body = "{\"submissionId\":\"id-" + requests.size() + "\",\"duplicate\":false}";
            }
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        server.start();
        Files.writeString(dir.resolve("erli.txt"), "二里镇 report");
        Files.write(dir.resolve("shuangxi.pdf"), "%PDF-1.7 fake".getBytes(StandardCharsets.US_ASCII));
        Files.writeString(dir.resolve("likou.docx"), "PK fake");
        Files.writeString(dir.resolve("token.jwt"), "tok\n");
        Files.writeString(dir.resolve("manifest.csv"), """
                file,agency,year
                erli.txt,610722111,2024
                shuangxi.pdf,610722114,2024
                likou.docx,410425108,2024
                """);
    }

    @AfterEach
    void stopServer() {
        server.stop(0);
    }

    int run(ByteArrayOutputStream out) {
        ReportUploadCommand command = new ReportUploadCommand();
        command.out = new PrintStream(out, true, StandardCharsets.UTF_8);
        command.err = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        return new CommandLine(command).execute(dir.toString(), "--manifest", dir.resolve("manifest.csv").toString(),
                "--url", "http://localhost:" + server.getAddress().getPort(),
                "--token-file", dir.resolve("token.jwt").toString(), "--retries", "2", "--retry-delay-ms", "5");
    }

    @Test
    void anInterruptedRunResumesWithTheFilesNotYetDone() {
        down.set(true);
        ByteArrayOutputStream first = new ByteArrayOutputStream();
        assertThat(run(first)).isEqualTo(1);
        String table = first.toString(StandardCharsets.UTF_8);
        assertThat(table).contains("erli.txt", "ACCEPTED", "FAILED", "REFUSED", "scoped to region 610722")
                .contains("3 files: ACCEPTED 1, FAILED 1, REFUSED 1");
        assertThat(requests).hasSize(5); // shuangxi tried three times: 503 is "not now"
        assertThat(requests.get(0)).isEqualTo("agency=610722111&year=2024 Bearer tok text/plain");
        assertThat(requests.get(1)).endsWith("application/pdf");
        assertThat(requests.subList(1, 4)).allMatch(r -> r.startsWith("agency=610722114"));
        assertThat(table).contains("after 3 attempts");

        down.set(false);
        ByteArrayOutputStream second = new ByteArrayOutputStream();
        assertThat(run(second)).isEqualTo(1); // likou is still outside the token's region
        assertThat(second.toString(StandardCharsets.UTF_8)).contains("DONE_BEFORE 1", "ACCEPTED 1", "REFUSED 1");
        assertThat(requests).hasSize(7); // erli was not sent again
        assertThat(requests.get(5)).startsWith("agency=610722114");
    }

    @Test
    void aServiceThatSaysNotNowIsTriedAgainAfterItsRetryAfter() {
        retryAfterZero.set(2); // the database is down for two tries, then back
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        run(out);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("ACCEPTED 2", "REFUSED 1").doesNotContain("FAILED");
        assertThat(requests.stream().filter(r -> r.startsWith("agency=610722111"))).hasSize(3);
    }

    @Test
    void aBrokenManifestIsAUsageError() throws Exception {
        Files.writeString(dir.resolve("manifest.csv"), "erli.txt;610722111;2024\n");
        assertThat(run(new ByteArrayOutputStream())).isEqualTo(2);
    }
}
