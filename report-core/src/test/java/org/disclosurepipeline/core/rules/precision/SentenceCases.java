package org.disclosurepipeline.core.rules.precision;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.disclosurepipeline.core.rules.Finding;
import org.disclosurepipeline.core.rules.FindingStatus;
import org.disclosurepipeline.core.rules.SeedMutation;

/**
 * A labelled sentence run through the whole catalogue, as the overview of seed 002 (its own sentence on applications
 * taken out), twice: once with the tables holding the sentence's figures (nothing may be raised), once with each
 * figure one more in the table (each must be raised, with the sentence's number). A control run with the same
 * tables and a sentence that states nothing cancels the findings the tables cause by themselves.
 */
final class SentenceCases {

    private static final String SEED_SENTENCE = "2024 年，我镇共受理依申请公开政府信息 0 件，未引发行政复议和行政诉讼。";
    private static final String NEUTRAL = "2024 年，我镇依申请公开工作平稳有序。";
    private static final String T4_ROW = "\n0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\n";
    private static final Map<String, String> T3_ROWS = Map.of("received", "一、本年新收", "carriedOver", "二、上年结转",
            "completed", "(七) 总计", "forward", "四、结转下年度");
    private static final Map<String, String> ROW_KEYS = Map.of("received", "newReceived", "carriedOver",
            "carriedOver", "completed", "totalProcessed", "forward", "carriedForward", "review", "review",
            "litigation", "litigationDirect");

    private SentenceCases() {
    }

    static void run(LabelledSentence s, Tally tally) {
        for (boolean agree : new boolean[] {true, false}) {
            int shift = agree ? 0 : 1;
            List<String> expected = new ArrayList<>();
            if (s.year() != null) {
                expected.add("R-TXT-YEAR");
            }
            if (!agree) {
                s.counts().forEach((name, v) -> expected.add(key(name.equals("review") || name.equals("litigation")
                        ? "R-TXT-REVIEW-LIT" : "R-TXT-APPS", ROW_KEYS.get(name), BigDecimal.valueOf(v))));
                s.none().forEach(n -> expected.add("R-TXT-ZERO"));
            }
            List<Finding> control = report(s, shift, NEUTRAL).validate().findings();
            List<Finding> raised = new ArrayList<>(report(s, shift, s.sentence()).validate().findings());
            for (Finding f : control) {
                raised.stream().filter(r -> r.rule().equals(f.rule()) && r.message().equals(f.message()))
                        .findFirst().ifPresent(raised::remove);
            }
            // a sentence moved into seed 002's report names other places than its own: not a figure's finding
            raised.removeIf(f -> f.rule().equals("R-TXT-FOREIGN"));
            tally.count(s.source() + (agree ? " agree: " : " differ: ") + s.sentence(), expected,
                    raised.stream().map(SentenceCases::key).toList());
        }
    }

    /** The seed with the sentence in its overview and the tables holding the labelled figures plus shift. */
    private static SeedMutation report(LabelledSentence s, int shift, String sentence) {
        SeedMutation seed = SeedMutation.seed("002").replace(SEED_SENTENCE, sentence);
        Map<String, Long> counts = new java.util.HashMap<>(s.counts());
        if (s.none().contains("apps")) {
            counts.putIfAbsent("received", 0L);
        }
        if (s.none().contains("cases")) {
            counts.putIfAbsent("review", 0L);
        }
        for (Map.Entry<String, Long> c : counts.entrySet()) {
            String v = String.valueOf(c.getValue() + shift);
            if (T3_ROWS.containsKey(c.getKey())) {
                seed.cells(T3_ROWS.get(c.getKey()), v, "0", "0", "0", "0", "0", v);
            }
        }
        String review = String.valueOf(counts.getOrDefault("review", -1L) + shift);
        String suits = String.valueOf(counts.getOrDefault("litigation", -1L) + shift);
        if (counts.containsKey("review") || counts.containsKey("litigation")) {
            String r = counts.containsKey("review") ? review : "0";
            String l = counts.containsKey("litigation") ? suits : "0";
            seed.replace(T4_ROW, "\n" + String.join("\t", r, "0", "0", "0", r, l, "0", "0", "0", l, "0", "0", "0",
                    "0", "0") + "\n");
        }
        return seed;
    }

    static String key(Finding f) {
        boolean counted = f.rule().equals("R-TXT-APPS") || f.rule().equals("R-TXT-REVIEW-LIT");
        return counted && f.status() == FindingStatus.FAIL ? key(f.rule(), f.location().row(), f.left()) : f.rule();
    }

    private static String key(String rule, String row, BigDecimal left) {
        return rule + "|" + row + "|" + (left == null ? "?" : left.stripTrailingZeros().toPlainString());
    }
}
