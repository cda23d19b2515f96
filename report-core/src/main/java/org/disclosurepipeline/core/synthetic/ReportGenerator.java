package org.disclosurepipeline.core.synthetic;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.disclosurepipeline.core.template.ColumnDef;
import org.disclosurepipeline.core.template.RowDef;
import org.disclosurepipeline.core.template.TemplateCatalog;
import org.disclosurepipeline.core.template.TemplateVersion;

/**
 * Makes up reports with random but consistent figures: T3 balances (新收 + 结转 = 总计 + 结转下年) in every column,
 * every row total is the sum of its columns, every T4 total the sum of its group. Most cells are 0, as in real
 * township reports; some reports are busy, with numbers of several digits. Deterministic for a seed.
 */
public final class ReportGenerator {

    private static final List<String> AGENCIES = List.of("二里镇人民政府", "双溪镇人民政府", "李口镇人民政府",
            "东二营镇人民政府", "边昭镇人民政府", "城关街道办事处", "桥头乡人民政府", "河口镇人民政府");
    private static final int APPLICANT_COLUMNS = 6;

    private final Random random;

    public ReportGenerator(long seed) {
        this.random = new Random(seed);
    }

    /** A report of a random template. */
    public SyntheticReport next() {
        TemplateVersion[] templates = TemplateVersion.values();
        return next(templates[random.nextInt(templates.length)]);
    }

    public SyntheticReport next(TemplateVersion template) {
        boolean busy = random.nextInt(4) == 0;
        Map<String, Number> figures = new LinkedHashMap<>();
        activeDisclosure(template, busy, figures);
        applications(template, busy, figures);
        reviewLitigation(busy, figures);
        int year = 2019 + random.nextInt(7);
        LocalDate signed = LocalDate.of(year + 1, 1, 1 + random.nextInt(31));
        return new SyntheticReport(AGENCIES.get(random.nextInt(AGENCIES.size())), year, template, figures, signed);
    }

    private void activeDisclosure(TemplateVersion template, boolean busy, Map<String, Number> figures) {
        List<RowDef> rows = template == TemplateVersion.V2019 ? TemplateCatalog.ACTIVE_DISCLOSURE_2019
                : TemplateCatalog.ACTIVE_DISCLOSURE_2021;
        for (RowDef row : rows) {
            for (ColumnDef column : row.columns()) {
                Number value = switch (column.kind()) {
                    case COUNT -> count(busy ? 400 : 12);
                    case SIGNED_COUNT -> (long) (random.nextInt(11) - 5);
                    case DECIMAL -> amount(busy);
                };
                figures.put(row.cellKey(column), value);
            }
        }
    }

    private void applications(TemplateVersion template, boolean busy, Map<String, Number> figures) {
        List<RowDef> rows = TemplateCatalog.applicationRows(SyntheticReport.layoutOf(template));
        // rows: 新收, 结转, the outcome rows, （七）总计, 结转下年度
        List<RowDef> outcomes = rows.subList(2, rows.size() - 2);
        long[][] values = new long[rows.size()][APPLICANT_COLUMNS + 1];
        for (int c = 0; c < APPLICANT_COLUMNS; c++) {
            boolean active = busy || random.nextInt(3) == 0;
            long processed = 0;
            for (int r = 0; r < outcomes.size(); r++) {
                long v = active && random.nextInt(4) == 0 ? count(busy ? 150 : 4) : 0;
                values[r + 2][c] = v;
                processed += v;
            }
            long forward = active ? count(busy ? 30 : 2) : 0;
            long over = random.nextLong(processed + forward + 1);
            values[rows.size() - 2][c] = processed;
            values[rows.size() - 1][c] = forward;
            values[1][c] = over;
            values[0][c] = processed + forward - over;
        }
        for (int r = 0; r < rows.size(); r++) {
            long sum = 0;
            for (int c = 0; c < APPLICANT_COLUMNS; c++) {
                sum += values[r][c];
            }
            values[r][APPLICANT_COLUMNS] = sum;
            RowDef row = rows.get(r);
            for (int c = 0; c <= APPLICANT_COLUMNS; c++) {
                figures.put(row.cellKey(row.columns().get(c)), values[r][c]);
            }
        }
    }

    private void reviewLitigation(boolean busy, Map<String, Number> figures) {
        for (RowDef group : TemplateCatalog.REVIEW_LITIGATION) {
            long sum = 0;
            List<ColumnDef> columns = group.columns();
            for (int c = 0; c < columns.size() - 1; c++) {
                long v = random.nextInt(busy ? 2 : 6) == 0 ? count(busy ? 40 : 3) : 0;
                figures.put(group.cellKey(columns.get(c)), v);
                sum += v;
            }
            figures.put(group.cellKey(columns.get(columns.size() - 1)), sum);
        }
    }

    /** Mostly 0, sometimes up to {@code max}. */
    private long count(int max) {
        return random.nextInt(3) == 0 ? 0 : random.nextInt(max + 1);
    }

    private BigDecimal amount(boolean busy) {
        if (random.nextInt(2) == 0) {
            return BigDecimal.ZERO;
        }
        int scale = random.nextInt(3);
        return BigDecimal.valueOf(random.nextInt(busy ? 500_000 : 5_000), scale);
    }
}
