package org.disclosurepipeline.core.rules.precision;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** True, false and missed findings per rule, and the table a clerk reads them in. */
final class Tally {

    private final Map<String, int[]> byRule = new TreeMap<>();
    private final List<String> falses = new ArrayList<>();
    private final List<String> misses = new ArrayList<>();

    /** Counts one case: the findings expected and those raised, each keyed "RULE" or "RULE|detail". */
    void count(String caseName, List<String> expected, List<String> raised) {
        List<String> open = new ArrayList<>(expected);
        for (String key : raised) {
            if (open.remove(key)) {
                row(key)[0]++;
            } else {
                row(key)[1]++;
                falses.add(key + "  <-  " + caseName);
            }
        }
        for (String key : open) {
            row(key)[2]++;
            misses.add(key + "  <-  " + caseName);
        }
    }

    private int[] row(String key) {
        return byRule.computeIfAbsent(key.split("\\|")[0], k -> new int[3]);
    }

    int falseOf(String rulePrefix) {
        return byRule.entrySet().stream().filter(e -> e.getKey().startsWith(rulePrefix))
                .mapToInt(e -> e.getValue()[1]).sum();
    }

    List<String> falses() {
        return falses;
    }

    String table() {
        StringBuilder out = new StringBuilder(String.format("%-22s %6s %6s %6s %7s %7s%n", "rule", "true", "false",
                "missed", "prec", "recall"));
        int[] all = new int[3];
        byRule.forEach((rule, n) -> {
            out.append(line(rule, n));
            for (int i = 0; i < 3; i++) {
                all[i] += n[i];
            }
        });
        out.append(line("all rules", all));
        falses.forEach(f -> out.append("  false: ").append(f).append('\n'));
        misses.forEach(m -> out.append("  missed: ").append(m).append('\n'));
        return out.toString();
    }

    private static String line(String rule, int[] n) {
        return String.format("%-22s %6d %6d %6d %7.3f %7.3f%n", rule, n[0], n[1], n[2], ratio(n[0], n[0] + n[1]),
                ratio(n[0], n[0] + n[2]));
    }

    private static double ratio(int a, int b) {
        return b == 0 ? 1.0 : (double) a / b;
    }
}
