package org.disclosurepipeline.core.model;

import java.time.LocalDate;
import java.util.Map;
import org.disclosurepipeline.core.template.SectionId;
import org.disclosurepipeline.core.template.TemplateVersion;

/**
 * The structured report: what the parser reads from a document and the rules check. The JSON form (see
 * {@code ReportJson}) is the contract of docs/report-format.md.
 *
 * @param agencyName      the agency as the report names itself, or null
 * @param year            the report year N, from the title or the statistic period, or null
 * @param templateVersion which template the tables follow, or null when no table could be read
 * @param publishedOn     the signing or publication date, or null
 * @param title           the report's title line, or null
 * @param statisticPeriod 统计期限, or null when the report does not state it
 * @param figures         the table cells
 * @param narrative       figures read from the text, by name (see {@link Narrative})
 * @param sections        the text of each section found, by section
 */
public record DisclosureReport(
        String agencyName,
        Integer year,
        TemplateVersion templateVersion,
        LocalDate publishedOn,
        String title,
        StatisticPeriod statisticPeriod,
        Figures figures,
        Narrative narrative,
        Map<SectionId, String> sections) {

    public DisclosureReport {
        figures = figures == null ? Figures.empty() : figures;
        narrative = narrative == null ? Narrative.empty() : narrative;
        sections = sections == null ? Map.of() : Map.copyOf(sections);
    }

    /** The text of a section, or null when the report has no such section. */
    public String section(SectionId id) {
        return sections.get(id);
    }

    public DisclosureReport withFigures(Figures newFigures) {
        return new DisclosureReport(agencyName, year, templateVersion, publishedOn, title, statisticPeriod,
                newFigures, narrative, sections);
    }
}
