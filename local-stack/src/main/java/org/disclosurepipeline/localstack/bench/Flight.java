package org.disclosurepipeline.localstack.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Java Flight Recorder recordings of running JVMs, started and dumped with jcmd: the benchmark records the steady
 * state (after the warm-up), not the start-up.
 */
final class Flight {

    private final Path dir;
    private final Map<String, Long> pids;

    /** @param pids the JVMs to record, by the name their recording file gets */
    Flight(Path dir, Map<String, Long> pids) {
        this.dir = dir;
        this.pids = Map.copyOf(pids);
    }

    void start() throws IOException, InterruptedException {
        Files.createDirectories(dir);
        for (Map.Entry<String, Long> e : pids.entrySet()) {
            jcmd(e.getValue(), "JFR.start", "name=benchmark", "settings=profile");
        }
    }

    /** Writes each recording to {@code <name>.jfr} and stops it. */
    void stop() throws IOException, InterruptedException {
        for (Map.Entry<String, Long> e : pids.entrySet()) {
            jcmd(e.getValue(), "JFR.stop", "name=benchmark",
                    "filename=" + dir.resolve(e.getKey() + ".jfr").toAbsolutePath());
        }
    }

    private static void jcmd(long pid, String... command) throws IOException, InterruptedException {
        String[] args = new String[command.length + 2];
        args[0] = Path.of(System.getProperty("java.home"), "bin", "jcmd").toString();
        args[1] = Long.toString(pid);
        System.arraycopy(command, 0, args, 2, command.length);
        Process p = new ProcessBuilder(args).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IOException("jcmd " + String.join(" ", command) + " did not finish for " + pid);
        }
    }
}
