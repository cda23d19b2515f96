package org.disclosurepipeline.core.parse;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.disclosurepipeline.core.model.DisclosureReport;
import org.disclosurepipeline.core.model.Figures;
import org.disclosurepipeline.core.model.StatisticPeriod;
import org.disclosurepipeline.core.template.OtherHandlingLayout;
import org.disclosurepipeline.core.template.SectionId;
import org.disclosurepipeline.core.template.TableId;
import org.disclosurepipeline.core.template.TemplateCatalog;
import org.disclosurepipeline.core.template.TemplateVersion;

/**
 * Turns the text of a report into the structured report. Thread-safe and stateless.
 * <p>
 * It never guesses: a cell it cannot read is left empty and reported, a table it cannot find is reported with the
 * reason, and a row the report's template does not have is left out.
 */
public final class ReportParser {

    public ParsedReport parse(String text) {
        DocumentLines given = DocumentLines.of(text);
        Map<SectionId, SectionSplitter.Span> spans = SectionSplitter.split(given);
        DocumentLines cut = spans.size() < SectionId.values().length && hasLongLine(given)
                ? FlatPage.unflatten(given) : null;
        Map<SectionId, SectionSplitter.Span> cutSpans = cut == null ? null : SectionSplitter.split(cut);
        // a page flattened to one line: read from its headings, rows and signature cut back onto lines of their own
        boolean flattened = cutSpans != null && cutSpans.size() > spans.size();
        DocumentLines doc = flattened ? cut : given;
        spans = flattened ? cutSpans : spans;
        int flattenedLines = flattened ? cutLines(cut) : 0;
        int firstSectionLine = doc.size();
        for (SectionSplitter.Span span : spans.values()) {
            firstSectionLine = Math.min(firstSectionLine, span.bodyStart()); // the heading's index + 1
        }

        LinkedHashMap<String, Number> cells = new LinkedHashMap<>(512);
        List<TableResult> tables = List.of(
                readTable(doc, spans, SectionId.ACTIVE_DISCLOSURE, TableId.ACTIVE_DISCLOSURE, cells),
                readTable(doc, spans, SectionId.APPLICATIONS, TableId.APPLICATIONS, cells),
                readTable(doc, spans, SectionId.REVIEW_LITIGATION, TableId.REVIEW_LITIGATION, cells));

        List<CellProblem> cellProblems = new ArrayList<>();
        List<UnitReading> unitReadings = new ArrayList<>();
        List<LabelDeviation> labelDeviations = new ArrayList<>();
        List<TableProblem> tableProblems = new ArrayList<>();
        List<TableId> found = new ArrayList<>();
        for (TableResult t : tables) {
            cellProblems.addAll(t.cellProblems());
            unitReadings.addAll(t.unitReadings());
            labelDeviations.addAll(t.labelDeviations());
            tableProblems.addAll(t.tableProblems());
            if (t.found()) {
                found.add(t.table());
            }
        }
        OtherHandlingLayout layout = tables.get(1).found() ? tables.get(1).otherHandlingLayout() : null;

        Map<SectionId, String> sections = new EnumMap<>(SectionId.class);
        spans.forEach((id, span) -> sections.put(id, doc.joinStripped(span.bodyStart(), span.bodyEnd())));

        String title = MetadataReader.title(doc, firstSectionLine - 1);
        String normalized = doc.text();
        StatisticPeriod period = MetadataReader.period(normalized);
        MetadataReader.Signature signature = MetadataReader.signature(doc);
        Integer year = MetadataReader.titleYear(title);
        if (year == null && period != null) {
            year = period.from().getYear();
        }
        ScraperFields scraped = ScraperFields.read(doc, firstSectionLine);
        String agency = signature.agency() != null ? signature.agency()
                : scraped.publisher() != null ? scraped.publisher() : MetadataReader.agencyFromTitle(title);
        LocalDate dated = signature.date() != null ? signature.date() : scraped.published();
        if (title == null) {
            // no title line: the preamble may name the report, or the overview open with the year
            NamedReport named = NamedReport.find(doc.join(0, Math.min(doc.size(), firstSectionLine + 2)));
            if (named != null) {
                year = year != null ? year : Integer.valueOf(named.year());
                agency = agency != null ? agency : named.agency();
            }
            year = year != null ? year : MetadataReader.openingYear(sections.get(SectionId.OVERVIEW));
        }
        String prose = sections.containsKey(SectionId.OVERVIEW) ? sections.get(SectionId.OVERVIEW) : normalized;

        DisclosureReport report = new DisclosureReport(agency, year, templateVersion(found, layout),
                dated, title, period, Figures.handOver(cells), NarrativeReader.read(prose, year), sections);
        List<SectionHeading> headings = spans.values().stream().map(SectionSplitter.Span::heading).toList();
        return new ParsedReport(report,
                new ParseDiagnostics(headings, found, layout, cellProblems, unitReadings, labelDeviations, tableProblems,
                        flattenedLines));
    }

    private static boolean hasLongLine(DocumentLines doc) {
        for (int i = 0; i < doc.size(); i++) {
            if (doc.end(i) - doc.start(i) >= FlatPage.LONG_LINE) {
                return true;
            }
        }
        return false;
    }

    /** How many lines of the document were cut into several. */
    private static int cutLines(DocumentLines cut) {
        int count = 0;
        for (int i = 1; i < cut.size(); i++) {
            boolean continues = cut.lineNumber(i) == cut.lineNumber(i - 1);
            if (continues && (i < 2 || cut.lineNumber(i - 2) != cut.lineNumber(i))) {
                count++;
            }
        }
        return count;
    }

    private static TableResult readTable(DocumentLines doc, Map<SectionId, SectionSplitter.Span> spans,
            SectionId section, TableId table, Map<String, Number> cells) {
        SectionSplitter.Span span = spans.get(section);
        if (span == null) {
            String numeral = SectionSplitter.officialNumeral(section);
            String title = TemplateCatalog.sectionTitles(section).get(0);
            return TableResult.missing(table, "section " + numeral + " (" + title + "), which holds the "
                    + table.shortName() + " table, was not found",
                    "未找到" + table.shortName() + "表所在的第" + numeral + "部分（" + title + "）");
        }
        TableRegion region = TableRegion.of(doc, span.bodyStart(), span.bodyEnd());
        TableResult result = switch (table) {
            case ACTIVE_DISCLOSURE, ACTIVE_DISCLOSURE_2019 -> ActiveDisclosureTableReader.read(region, cells);
            case APPLICATIONS -> ApplicationsTableReader.read(region, cells);
            case REVIEW_LITIGATION -> ReviewLitigationTableReader.read(region, cells);
        };
        if (!result.found() && result.tableProblems().isEmpty()) {
            String numeral = SectionSplitter.officialNumeral(section);
            return TableResult.missing(table, "no row of the " + table.shortName() + " table was found in section "
                    + numeral, "第" + numeral + "部分中未找到" + table.shortName() + "表的任何一行");
        }
        return result;
    }

    /** 2019 when both T2 and T3 follow it, 2021 likewise, a local variant otherwise. */
    static TemplateVersion templateVersion(List<TableId> found, OtherHandlingLayout layout) {
        boolean t2of2019 = found.contains(TableId.ACTIVE_DISCLOSURE_2019);
        boolean t2of2021 = found.contains(TableId.ACTIVE_DISCLOSURE);
        if (layout == null) {
            return t2of2019 ? TemplateVersion.V2019 : t2of2021 ? TemplateVersion.V2021 : null;
        }
        return switch (layout) {
            case SINGLE -> t2of2021 ? TemplateVersion.VARIANT : TemplateVersion.V2019;
            case THREE_ROWS -> t2of2019 ? TemplateVersion.VARIANT : TemplateVersion.V2021;
            case TWO_ROWS -> TemplateVersion.VARIANT;
        };
    }
}
