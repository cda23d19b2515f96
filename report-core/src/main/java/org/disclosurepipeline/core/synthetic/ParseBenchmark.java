package org.disclosurepipeline.core.synthetic;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.disclosurepipeline.core.parse.ReportParser;

/**
 * Plain benchmark harness: parse alone, one thread, over synthetic reports in the text layouts converters produce.
 * Prints µs per report and per 10 KB. Run: {@code scripts/benchmark-parse.sh} (or java -cp report-check.jar
 * org.disclosurepipeline.core.synthetic.ParseBenchmark [reports] [seconds]); -Dlayouts=TAB_ROWS,SPACED picks layouts.
 */
public final class ParseBenchmark {

    private static volatile int blackhole;

    private ParseBenchmark() {
    }

    public static void main(String[] args) throws java.io.IOException {
        int reports = args.length > 0 ? Integer.parseInt(args[0]) : 2_000;
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        ReportParser parser = new ReportParser();
        String only = System.getProperty("layouts", "");
        for (TextLayout layout : TextLayout.values()) {
            if (!only.isEmpty() && !only.contains(layout.name())) {
                continue;
            }
            List<String> texts = corpus(layout, reports);
            double kb = texts.stream().mapToInt(t -> t.getBytes(StandardCharsets.UTF_8).length).average().orElse(0)
                    / 1024;
            run(parser, texts, seconds / 2);
            double micros = run(parser, texts, seconds);
            print(layout.name(), kb, micros);
        }
        // real reports given as files after the two numbers
        for (int i = 2; i < args.length; i++) {
            String text = java.nio.file.Files.readString(java.nio.file.Path.of(args[i]));
            List<String> one = List.of(text);
            run(parser, one, Math.max(1, seconds / 4));
            double micros = run(parser, one, Math.max(1, seconds / 2));
            print(java.nio.file.Path.of(args[i]).getFileName().toString(),
                    text.getBytes(StandardCharsets.UTF_8).length / 1024.0, micros);
        }
    }

    private static void print(String name, double kb, double micros) {
        System.out.printf("%-30s %6.1f KB  %8.1f µs/report  %8.1f µs per 10 KB (CPU time, one thread)%n", name, kb,
                micros, micros * 10 / kb);
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

    /**
     * Parses the texts round and round for the given time; returns CPU µs per report (the thread's own CPU time,
     * so that other work on the machine does not inflate the figure).
     */
    private static double run(ReportParser parser, List<String> texts, int seconds) {
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        long parsed = 0;
        long start = threads.getCurrentThreadCpuTime();
        int sink = 0;
        while (System.nanoTime() < end) {
            for (String text : texts) {
                sink += parser.parse(text).report().figures().keys().size();
                parsed++;
            }
        }
        long elapsed = threads.getCurrentThreadCpuTime() - start;
        blackhole = sink; // the results are used, so the JIT cannot drop the parsing
        return elapsed / 1000.0 / parsed;
    }
}
