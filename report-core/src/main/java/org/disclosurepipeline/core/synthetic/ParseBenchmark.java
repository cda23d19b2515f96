package org.disclosurepipeline.core.synthetic;

import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.disclosurepipeline.core.document.DocumentFormat;
import org.disclosurepipeline.core.document.DocumentReader;
import org.disclosurepipeline.core.document.TextDecoder;
import org.disclosurepipeline.core.document.UnreadableDocumentException;
import org.disclosurepipeline.core.parse.ReportParser;

/**
 * Plain benchmark harness: parse alone, one thread, over synthetic reports in the text layouts converters produce
 * and over real reports given as files. Prints CPU µs per report and per 10 KB (UTF-8) of text. A file that is a
 * document (PDF, Word, HTML) is timed twice: read into text and parsed, as the pipeline does (the KB are then the
 * document's), and its text parsed alone.
 * <p>
 * Each corpus is parsed until the JIT compiler has been idle for three seconds (at most a minute): on one core it
 * needs 15 s or more to finish compiling the parser, and figures taken before then measure the interpreter and C1.
 * Then ten rounds are timed by the parsing thread's own CPU time plus the time the garbage collector took meanwhile
 * (it runs on the same core and collects what parsing allocated); the median round is the figure, the best one is
 * shown beside it, and the collector's share on its own. Run: {@code scripts/benchmark-parse.sh} (or java -cp report-check.jar
 * org.disclosurepipeline.core.synthetic.ParseBenchmark [reports] [seconds] [files…]); -Dlayouts=TAB_ROWS,SPACED
 * picks layouts, -Dlayouts=none only the files.
 */
public final class ParseBenchmark {

    private static final int ROUNDS = 10;
    private static final long IDLE_JIT_NANOS = 3_000_000_000L;
    private static final long MAX_WARM_UP_NANOS = 60_000_000_000L;

    private static volatile int blackhole;

    private ParseBenchmark() {
    }

    public static void main(String[] args) throws java.io.IOException, UnreadableDocumentException {
        int reports = args.length > 0 ? Integer.parseInt(args[0]) : 2_000;
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        ReportParser parser = new ReportParser();
        String only = System.getProperty("layouts", "");
        System.out.printf("%-34s %7s %12s %12s %14s %10s %9s%n", "corpus", "KB", "µs/report", "µs/10 KB",
                "best µs/10 KB", "of it GC", "warm-up");
        for (TextLayout layout : TextLayout.values()) {
            if (!only.isEmpty() && !only.contains(layout.name())) {
                continue;
            }
            run(layout.name(), parser, corpus(layout, reports), seconds);
        }
        for (int i = 2; i < args.length; i++) {
            Path file = Path.of(args[i]);
            byte[] bytes = Files.readAllBytes(file);
            String name = file.getFileName().toString();
            if (DocumentFormat.detect(bytes) == DocumentFormat.TEXT) {
                run(name, parser, List.of(TextDecoder.decode(bytes)), seconds);
            } else {
                // a document (PDF, Word, HTML): read and parse, as ingest and validation do, then parse alone
                run(name + " read+parse", bytes.length, new Document(parser, bytes), seconds);
                run(name + " parse", parser, List.of(DocumentReader.read(bytes, null)), seconds);
            }
        }
    }

    /** Work of one round over a corpus: returns something of the result, so that the JIT keeps the work. */
    interface Workload {
        int once();
    }

    /** Reading a document into text (PDF: extraction and table grid) and parsing the text. */
    private record Document(ReportParser parser, byte[] bytes) implements Workload {
        @Override
        public int once() {
            try {
                return parser.parse(DocumentReader.read(bytes, null)).report().figures().keys().size();
            } catch (UnreadableDocumentException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private static List<String> corpus(TextLayout layout, int reports) {
        ReportGenerator generator = new ReportGenerator(2024);
        ReportTextRenderer renderer = new ReportTextRenderer(layout, 2024);
        List<String> texts = new ArrayList<>(reports);
        for (int i = 0; i < reports; i++) {
            texts.add(renderer.render(generator.next()));
        }
        return texts;
    }

    private static void run(String name, ReportParser parser, List<String> texts, int seconds) {
        double bytes = texts.stream().mapToInt(t -> t.getBytes(StandardCharsets.UTF_8).length).average().orElse(0);
        run(name, bytes, new Texts(parser, texts), seconds);
    }

    /** Parsing each text of a corpus. */
    private record Texts(ReportParser parser, List<String> texts) implements Workload {
        @Override
        public int once() {
            int sink = 0;
            for (String text : texts) {
                sink += parser.parse(text).report().figures().keys().size();
            }
            return sink;
        }
    }

    /** Warms up, times ten rounds and prints the median per item (a report or a document) and per 10 KB. */
    private static void run(String name, double bytesPerItem, Workload work, int seconds) {
        int items = work instanceof Texts t ? t.texts().size() : 1;
        double kb = bytesPerItem / 1024;
        double warmUp = warmUp(work, items);
        List<double[]> rounds = new ArrayList<>();
        for (int r = 0; r < ROUNDS; r++) {
            rounds.add(microsPerItem(work, items, seconds * 1_000_000_000L / ROUNDS));
        }
        rounds.sort(java.util.Comparator.comparingDouble(round -> round[0]));
        double[] median = rounds.get(ROUNDS / 2);
        System.out.printf("%-34s %7.1f %12.1f %12.1f %14.1f %9.1f%% %8.0fs%n", name, kb, median[0],
                median[0] * 10 / kb, rounds.get(0)[0] * 10 / kb, 100 * median[1] / median[0], warmUp);
    }

    /** Runs the work until the JIT has compiled nothing for a while; returns the seconds it took. */
    private static double warmUp(Workload work, int items) {
        CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
        long start = System.nanoTime();
        long lastCompilation = start;
        long compiled = jit.getTotalCompilationTime();
        while (System.nanoTime() - lastCompilation < IDLE_JIT_NANOS && System.nanoTime() - start < MAX_WARM_UP_NANOS) {
            microsPerItem(work, items, 100_000_000L);
            long now = jit.getTotalCompilationTime();
            if (now != compiled) {
                compiled = now;
                lastCompilation = System.nanoTime();
            }
        }
        return (System.nanoTime() - start) / 1e9;
    }

    /**
     * Runs the work round and round for the given wall time; returns µs per item: the thread's own CPU time (so
     * that other work on the machine does not inflate the figure) plus the collector's, and the collector's.
     */
    private static double[] microsPerItem(Workload work, int items, long nanos) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long end = System.nanoTime() + nanos;
        long done = 0;
        long gcStart = gcMillis();
        long start = threads.getCurrentThreadCpuTime();
        int sink = 0;
        while (System.nanoTime() < end) {
            sink += work.once();
            done += items;
        }
        long elapsed = threads.getCurrentThreadCpuTime() - start;
        long gc = (gcMillis() - gcStart) * 1_000_000L;
        blackhole = sink; // the results are used, so the JIT cannot drop the work
        return new double[] {(elapsed + gc) / 1000.0 / done, gc / 1000.0 / done};
    }

    private static long gcMillis() {
        long millis = 0;
        for (java.lang.management.GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            millis += Math.max(0, gc.getCollectionTime());
        }
        return millis;
    }
}
