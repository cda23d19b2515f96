package org.disclosurepipeline.localstack.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * CPU time of a JVM's threads, grouped by name (digits dropped: "executor-thread-12" counts as "executor-thread-"),
 * from /proc: what the JIT compilers, the collector, the event loops and the workers each cost, which a sampling
 * profiler does not see (it samples Java code only).
 */
final class ThreadCpu {

    private ThreadCpu() {
    }

    /** Clock ticks per thread group so far. */
    static Map<String, Long> snapshot(long pid) {
        Map<String, Long> out = new HashMap<>();
        try (var tasks = Files.list(Path.of("/proc", Long.toString(pid), "task"))) {
            for (Path task : tasks.toList()) {
                try {
                    String name = Files.readString(task.resolve("comm")).trim().replaceAll("\\d+", "#");
                    String stat = Files.readString(task.resolve("stat"));
                    String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    out.merge(name, Long.parseLong(f[11]) + Long.parseLong(f[12]), Long::sum);
                } catch (IOException | RuntimeException e) {
                    // the thread ended while being read
                }
            }
        } catch (IOException e) {
            // the process is gone
        }
        return out;
    }

    /** The groups that used the most CPU between two snapshots, in seconds, largest first. */
    static Map<String, Double> top(Map<String, Long> before, Map<String, Long> after, int count) {
        Map<String, Double> out = new LinkedHashMap<>();
        after.entrySet().stream()
                .map(e -> Map.entry(e.getKey(), (e.getValue() - before.getOrDefault(e.getKey(), 0L)) / 100.0))
                .filter(e -> e.getValue() > 0).sorted((a, b) -> Double.compare(b.getValue(), a.getValue()))
                .limit(count).forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }
}
