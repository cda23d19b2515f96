package org.disclosurepipeline.core.parse;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.disclosurepipeline.core.template.RowDef;

/**
 * Settles T3 rows whose glued digits split in several ways by the table's own balance, in every column:
 * 新收 + 上年结转 = （七）总计 + 结转下年度, and （七）总计 = the sum of the outcome rows. Used only when exactly one
 * combination of the candidate splits balances.
 */
final class GluedBalance {

    private static final int MAX_COMBINATIONS = 4096;

    private GluedBalance() {
    }

    /** @param rows the T3 rows of the layout read, in printed order */
    static void resolve(TableReader reader, List<RowDef> rows) {
        List<RowDef> open = new ArrayList<>(reader.ambiguousRows.keySet());
        if (open.isEmpty()) {
            return;
        }
        long combinations = 1;
        for (RowDef row : open) {
            int ways = reader.ambiguousRows.get(row).candidates().size();
            if (ways == 0 || ways > GluedCells.MAX_CANDIDATES) {
                return;
            }
            combinations *= ways;
            if (combinations > MAX_COMBINATIONS) {
                return;
            }
        }
        List<List<Number>> found = null;
        int[] choice = new int[open.size()];
        for (long n = 0; n < combinations; n++) {
            long rest = n;
            Map<RowDef, List<Number>> trial = new HashMap<>();
            for (int i = 0; i < open.size(); i++) {
                List<List<Number>> candidates = reader.ambiguousRows.get(open.get(i)).candidates();
                choice[i] = (int) (rest % candidates.size());
                rest /= candidates.size();
                trial.put(open.get(i), candidates.get(choice[i]));
            }
            if (balances(reader, rows, trial)) {
                if (found != null) {
                    return;
                }
                found = open.stream().map(trial::get).toList();
            }
        }
        if (found != null) {
            for (int i = 0; i < open.size(); i++) {
                reader.placeValues(open.get(i), found.get(i));
            }
        }
    }

    private static boolean balances(TableReader reader, List<RowDef> rows, Map<RowDef, List<Number>> trial) {
        int width = rows.get(0).width();
        for (int c = 0; c < width; c++) {
            Long received = value(reader, trial, rows.get(0), c);
            Long carriedOver = value(reader, trial, rows.get(1), c);
            Long total = value(reader, trial, rows.get(rows.size() - 2), c);
            Long carriedForward = value(reader, trial, rows.get(rows.size() - 1), c);
            if (received == null || carriedOver == null || total == null || carriedForward == null
                    || received + carriedOver != total + carriedForward) {
                return false;
            }
            long outcomes = 0;
            for (RowDef row : rows.subList(2, rows.size() - 2)) {
                Long v = value(reader, trial, row, c);
                if (v == null) {
                    return false;
                }
                outcomes += v;
            }
            if (outcomes != total) {
                return false;
            }
        }
        return true;
    }

    private static Long value(TableReader reader, Map<RowDef, List<Number>> trial, RowDef row, int column) {
        List<Number> values = trial.get(row);
        Number n = values != null ? values.get(column) : reader.cells.get(row.cellKeys().get(column));
        return n == null ? null : n.longValue();
    }
}
