package org.disclosurepipeline.localstack.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/** Resident memory of processes, from /proc (Linux). */
final class Rss {

    private Rss() {
    }

    /** The peak resident set ("VmHWM") of a process in MB, or -1 when it cannot be read. */
    static long peakMb(long pid) {
        return field(pid, "VmHWM:") / 1024;
    }

    /** The proportional set size in kB: resident memory, pages shared with k processes counted 1/k each. */
    static long proportionalKb(long pid) {
        return field(pid, "smaps_rollup", "Pss:");
    }

    private static long field(long pid, String name) {
        return field(pid, "status", name);
    }

    private static long field(long pid, String file, String name) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), file))) {
                if (line.startsWith(name)) {
                    return Long.parseLong(line.substring(name.length()).trim().split("\\s+")[0]);
                }
            }
        } catch (IOException | RuntimeException e) {
            // the process is gone or /proc is not there
        }
        return -1;
    }

    /**
     * Samples the memory of a PostgreSQL server (its postmaster, named in {@code postmaster.pid} of the data folder,
     * and the postmaster's children) every second, keeping the peak: the sum of their proportional set sizes, so
     * that shared buffers count once.
     */
    static final class PostgresSampler implements AutoCloseable {
        private final AtomicLong peakKb = new AtomicLong();
        private final Thread thread;
        private volatile boolean running = true;

        PostgresSampler(Path dataDir) {
            thread = new Thread(() -> {
                while (running) {
                    postmaster(dataDir).ifPresent(pm -> {
                        List<ProcessHandle> pg = new java.util.ArrayList<>(pm.descendants().toList());
                        pg.add(pm);
                        long kb = pg.stream().mapToLong(p -> Math.max(0, proportionalKb(p.pid()))).sum();
                        peakKb.accumulateAndGet(kb, Math::max);
                    });
                    try {
                        Thread.sleep(1000);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "bench-rss");
            thread.setDaemon(true);
            thread.start();
        }

        private static java.util.Optional<ProcessHandle> postmaster(Path dataDir) {
            try {
                List<String> lines = Files.readAllLines(dataDir.resolve("postmaster.pid"));
                return ProcessHandle.of(Long.parseLong(lines.get(0).trim()));
            } catch (IOException | RuntimeException e) {
                return java.util.Optional.empty();
            }
        }

        long peakMb() {
            return peakKb.get() / 1024;
        }

        @Override
        public void close() {
            running = false;
            thread.interrupt();
        }
    }
}
