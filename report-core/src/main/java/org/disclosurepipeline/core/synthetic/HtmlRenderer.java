package org.disclosurepipeline.core.synthetic;

import java.util.List;
import org.disclosurepipeline.core.template.SectionId;
import org.disclosurepipeline.core.template.TemplateCatalog;

/** A synthetic report as a web page with real {@code <table>} cells; group headings span their rows. */
public final class HtmlRenderer {

    public String render(SyntheticReport report) {
        StringBuilder out = new StringBuilder(30_000);
        out.append("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>").append(report.title())
                .append("</title></head>\n<body>\n<h1>").append(report.title()).append("</h1>\n");
        out.append("<p>").append(Prose.preamble(report)).append("</p>\n");
        for (SectionId section : SectionId.values()) {
            out.append("<h2>").append(TemplateCatalog.SECTION_NUMERALS.charAt(section.ordinal())).append('、')
                    .append(TemplateCatalog.sectionTitles(section).get(0)).append("</h2>\n");
            switch (section) {
                case OVERVIEW -> Prose.overview(report).lines().forEach(l -> out.append("<p>").append(l).append("</p>\n"));
                case ACTIVE_DISCLOSURE -> table(out, PrintedTable.activeDisclosure(report).rows());
                case APPLICATIONS -> table(out, PrintedTable.applications(report).rows());
                case REVIEW_LITIGATION -> table(out, PrintedTable.reviewLitigation(report).rows());
                case PROBLEMS -> out.append("<p>").append(Prose.problems()).append("</p>\n");
                case OTHER_MATTERS -> out.append("<p>").append(Prose.otherMatters()).append("</p>\n");
            }
        }
        out.append("<p style=\"text-align:right\">").append(report.agencyName()).append("<br>")
                .append(Prose.date(report.signedOn())).append("</p>\n</body></html>\n");
        return out.toString();
    }

    private static void table(StringBuilder out, List<PrintedTable.Row> rows) {
        out.append("<table border=\"1\">\n");
        for (int i = 0; i < rows.size(); i++) {
            PrintedTable.Row row = rows.get(i);
            out.append("<tr>");
            if (row.group() != null) {
                out.append("<td rowspan=\"").append(groupSize(rows, i)).append("\">").append(row.group()).append("</td>");
            }
            if (row.label() != null) {
                out.append("<td>").append(row.label()).append("</td>");
            }
            for (String cell : row.cells()) {
                out.append(row.header() ? "<th>" : "<td>").append(cell).append(row.header() ? "</th>" : "</td>");
            }
            out.append("</tr>\n");
        }
        out.append("</table>\n");
    }

    /** Rows up to the next group heading. */
    private static int groupSize(List<PrintedTable.Row> rows, int from) {
        int n = 1;
        while (from + n < rows.size() && rows.get(from + n).group() == null && !rows.get(from + n).header()) {
            n++;
        }
        return n;
    }
}
