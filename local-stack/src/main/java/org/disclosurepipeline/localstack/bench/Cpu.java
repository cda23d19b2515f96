package org.disclosurepipeline.localstack.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * CPU time used by the processes of the stack, from /proc (Linux): to see which of them a phase kept busy. For
 * PostgreSQL, the postmaster with its live backends and the backends that already exited.
 */
final class Cpu {

    /** Clock ticks per second of /proc/[pid]/stat (USER_HZ, 100 on Linux). */
    private static final double TICKS = 100.0;

    private final Map<String, Long> pids;
    private final Path postgresData;
    private final java.util.function.Supplier<Map<Long, String>> backends;

    /**
     * @param pids         the processes to follow by name
     * @param postgresData the data folder of the database server
     * @param backends     the server's backend processes and the database each serves
     */
    Cpu(Map<String, Long> pids, Path postgresData, java.util.function.Supplier<Map<Long, String>> backends) {
        this.pids = new LinkedHashMap<>(pids);
        this.postgresData = postgresData;
        this.backends = backends;
    }

    /**
     * CPU seconds used so far, per process name, "postgres", and this JVM split into "benchmark clients" (its
     * threads named bench-… and the HTTP client's) and "broker" (the rest: the Kafka broker it hosts).
     */
    Map<String, Double> snapshot() {
        Map<String, Double> out = new LinkedHashMap<>();
        pids.forEach((name, pid) -> out.put(name, ticks(pid, false) / TICKS));
        long self = ProcessHandle.current().pid();
        long clients = benchmarkThreadTicks();
        out.put("broker", (ticks(self, false) - clients) / TICKS);
        out.put("benchmark clients", clients / TICKS);
        postmaster().ifPresent(pm -> {
            // by database, for the backends that serve one; the rest (and exited backends) as "postgres"
            Map<Long, String> db = backends.get();
            double rest = ticks(pm.pid(), true) / TICKS;
            for (ProcessHandle c : pm.children().toList()) {
                String name = db.get(c.pid());
                if (name == null) {
                    rest += ticks(c.pid(), false) / TICKS;
                } else {
                    out.merge("postgres " + name, ticks(c.pid(), false) / TICKS, Double::sum);
                }
            }
            out.put("postgres", rest);
        });
        // the machine is shared: what everything else used in the meantime shows how noisy the figures are
        out.put("other processes", machineTicks() / TICKS - out.values().stream().mapToDouble(Double::doubleValue)
                .sum());
        return out;
    }

    /** CPU time the whole machine has used (user, nice, system, irq, softirq, steal), from /proc/stat. */
    private static long machineTicks() {
        try {
            String[] f = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
            long sum = 0;
            for (int i : new int[] {1, 2, 3, 6, 7, 8}) {
                sum += Long.parseLong(f[i]);
            }
            return sum;
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    private static long benchmarkThreadTicks() {
        long sum = 0;
        try (var tasks = Files.list(Path.of("/proc/self/task"))) {
            for (Path task : tasks.toList()) {
                String name = Files.readString(task.resolve("comm")).trim();
                if (name.startsWith("bench-") || name.startsWith("HttpClient")) {
                    sum += ticks(task.resolve("stat"));
                }
            }
        } catch (IOException | RuntimeException e) {
            // a thread ended while being read: its time is left out of this snapshot
        }
        return sum;
    }

    /** What each process used between two snapshots. */
    static Map<String, Double> between(Map<String, Double> before, Map<String, Double> after) {
        Map<String, Double> out = new LinkedHashMap<>();
        after.forEach((k, v) -> out.put(k, v - before.getOrDefault(k, 0.0)));
        return out;
    }

    private Optional<ProcessHandle> postmaster() {
        try {
            return ProcessHandle.of(Long.parseLong(Files.readAllLines(postgresData.resolve("postmaster.pid")).get(0)
                    .trim()));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static long ticks(Path stat) {
        try {
            String s = Files.readString(stat);
            String[] f = s.substring(s.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(f[11]) + Long.parseLong(f[12]);
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    /** utime + stime (and, with {@code reaped}, the times of children that exited) in clock ticks. */
    private static long ticks(long pid, boolean reaped) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            // fields after the command: state(3) … utime(14) stime(15) cutime(16) cstime(17), here from index 0 = 3
            long t = Long.parseLong(f[11]) + Long.parseLong(f[12]);
            return reaped ? t + Long.parseLong(f[13]) + Long.parseLong(f[14]) : t;
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }
}
