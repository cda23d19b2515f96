package org.disclosurepipeline.core.synthetic;

import java.util.List;
import java.util.Random;
import org.disclosurepipeline.core.template.SectionId;
import org.disclosurepipeline.core.template.TemplateCatalog;

/**
 * Prints a synthetic report as text in one {@link TextLayout}: title, statistic period, the six sections with
 * their prose and tables, the signature. Section numbering varies (一、 / 1、 / （1）) as in real reports.
 */
public final class ReportTextRenderer {

    private final TextLayout layout;
    private final Random random;

    public ReportTextRenderer(TextLayout layout, long seed) {
        this.layout = layout;
        this.random = new Random(seed);
    }

    public String render(SyntheticReport report) {
        StringBuilder out = new StringBuilder(12_000);
        int numbering = random.nextInt(3);
        out.append(report.title()).append("\n\n");
        out.append(Prose.preamble(report)).append("\n");
        for (SectionId section : SectionId.values()) {
            out.append(heading(section, numbering)).append('\n');
            switch (section) {
                case OVERVIEW -> out.append(Prose.overview(report)).append('\n');
                case ACTIVE_DISCLOSURE -> table(out, PrintedTable.activeDisclosure(report));
                case APPLICATIONS -> table(out, PrintedTable.applications(report));
                case REVIEW_LITIGATION -> table(out, PrintedTable.reviewLitigation(report));
                case PROBLEMS -> out.append(Prose.problems()).append('\n');
                case OTHER_MATTERS -> out.append(Prose.otherMatters()).append('\n');
            }
            out.append('\n');
        }
        out.append(report.agencyName()).append('\n');
        out.append(Prose.date(report.signedOn())).append('\n');
        return blemish(out.toString());
    }

    /** Some reports carry the label typos and full-width digits seen in real ones. */
    private String blemish(String text) {
        String s = text;
        if (random.nextInt(4) == 0) {
            String[] typo = TYPOS.get(random.nextInt(TYPOS.size()));
            s = s.replace(typo[0], typo[1]);
        }
        if (random.nextInt(5) == 0) {
            StringBuilder wide = new StringBuilder(s.length());
            s.chars().forEach(c -> wide.append(c >= '0' && c <= '9' ? (char) ('０' + c - '0') : (char) c));
            s = wide.toString();
        }
        return s;
    }

    /** Typos found in real reports: 逾期不补证, 收费通要求, 行政止公开. */
    private static final List<String[]> TYPOS = List.of(
            new String[] {"逾期不补正", "逾期不补证"},
            new String[] {"收费通知要求", "收费通要求"},
            new String[] {"行政法规禁止公开", "行政法规止公开"});

    private static String heading(SectionId section, int numbering) {
        String title = TemplateCatalog.sectionTitles(section).get(0);
        int n = section.ordinal();
        return switch (numbering) {
            case 0 -> TemplateCatalog.SECTION_NUMERALS.charAt(n) + "、" + title;
            case 1 -> (n + 1) + "、" + title;
            default -> "（" + (n + 1) + "）" + title;
        };
    }

    private void table(StringBuilder out, PrintedTable table) {
        List<PrintedTable.Row> rows = table.rows();
        switch (layout) {
            case CELL_PER_LINE -> CellPerLineLayout.render(out, rows);
            case TAB_ROWS -> TabRowsLayout.render(out, rows, random);
            case SPACED -> new SpacedLayout(random).render(out, rows);
            case FLATTENED -> FlattenedLayout.render(out, rows);
        }
    }
}
