package org.disclosurepipeline.contract.events;

import java.util.Comparator;

/**
 * Orders rule catalogue versions ({@code ce_rulesversion}, {@code rulesVersion} of an outcome): dot-separated
 * numbers compared one by one ({@code 2026.11.2 < 2026.11.10 < 2026.11.10.1 < 2026.12.0}); a part that is not a
 * number compares as text after the numbers. A verdict of a newer version replaces one of an older version of the
 * same submission; a missing version (verdicts from before versions were kept) is older than any.
 */
public final class RulesVersions {

    public static final Comparator<String> ORDER = RulesVersions::compare;

    private RulesVersions() {
    }

    public static int compare(String a, String b) {
        if (a == null || b == null) {
            return a == null ? (b == null ? 0 : -1) : 1;
        }
        String[] x = a.split("\\.");
        String[] y = b.split("\\.");
        for (int i = 0; i < Math.min(x.length, y.length); i++) {
            int c = part(x[i], y[i]);
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(x.length, y.length);
    }

    public static boolean isNewer(String candidate, String than) {
        return compare(candidate, than) > 0;
    }

    private static int part(String p, String q) {
        boolean pn = p.matches("\\d{1,18}");
        boolean qn = q.matches("\\d{1,18}");
        if (pn && qn) {
            return Long.compare(Long.parseLong(p), Long.parseLong(q));
        }
        return pn ? -1 : qn ? 1 : p.compareTo(q);
    }
}
