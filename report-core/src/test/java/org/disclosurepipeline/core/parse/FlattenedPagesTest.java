package org.disclosurepipeline.core.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.disclosurepipeline.core.model.DisclosureReport;
import org.disclosurepipeline.core.synthetic.ReportGenerator;
import org.disclosurepipeline.core.synthetic.ReportTextRenderer;
import org.disclosurepipeline.core.synthetic.RoundTripAssertions;
import org.disclosurepipeline.core.synthetic.SyntheticReport;
import org.disclosurepipeline.core.synthetic.TextLayout;
import org.disclosurepipeline.core.template.SectionId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A whole page flattened to one line by a scraper (title, preamble, headings, the three tables with their cells
 * glued, closing sections, signature) reads as the page it came from: sections from their headings inside the line,
 * rows from their labels, glued cells split only where one split satisfies the row and the table.
 */
class FlattenedPagesTest {

    private final ReportParser parser = new ReportParser();

    static Stream<Arguments> seedsAndSeparators() {
        return Stream.of("000", "001", "002", "003", "004")
                .flatMap(seed -> Stream.of(Arguments.of(seed, ""), Arguments.of(seed, " ")));
    }

    @ParameterizedTest(name = "seed {0}, separator ''{1}''")
    @MethodSource("seedsAndSeparators")
    void aRealReportFlattenedToOneLineReadsAsTheReportItself(String seed, String separator) {
        String page = Seeds.flattened(Seeds.text(seed), separator);
        assertThat(page).doesNotContain("\n").hasSizeGreaterThan(FlatPage.LONG_LINE);

        ParsedReport flat = parser.parse(page);
        ParsedReport original = parser.parse(Seeds.text(seed));
        DisclosureReport read = flat.report();
        DisclosureReport expected = original.report();

        assertThat(read.figures().asMap()).as("cells").containsExactlyEntriesOf(expected.figures().asMap());
        assertThat(read.agencyName()).isEqualTo(expected.agencyName());
        assertThat(read.year()).isEqualTo(expected.year());
        assertThat(read.publishedOn()).isEqualTo(expected.publishedOn());
        assertThat(read.templateVersion()).isEqualTo(expected.templateVersion());
        assertThat(read.narrative()).isEqualTo(expected.narrative());
        assertThat(flat.diagnostics().headings()).extracting(SectionHeading::section)
                .containsExactly(SectionId.values());
        assertThat(flat.diagnostics().headings()).allSatisfy(h -> assertThat(h.line()).isEqualTo(1));
        assertThat(flat.diagnostics().tableProblems()).isEmpty();
        assertThat(flat.diagnostics().labelDeviations()).extracting(LabelDeviation::found)
                .containsExactlyElementsOf(original.diagnostics().labelDeviations().stream()
                        .map(LabelDeviation::found).map(String::strip).toList());
        assertThat(flat.diagnostics().flattenedLines()).isEqualTo(1);
        assertThat(original.diagnostics().flattenedLines()).isZero();
    }

    /**
     * Synthetic reports of every template, their tables glued row by row (the FLATTENED layout), then the whole page
     * joined into one line: never a wrong value, and every cell the row-per-line page gives.
     */
    @Test
    void syntheticPagesJoinedIntoOneLineReadAsTheirRowsDo() {
        ReportGenerator generator = new ReportGenerator(1414);
        ReportTextRenderer renderer = new ReportTextRenderer(TextLayout.FLATTENED, 1414);
        List<String> failures = new ArrayList<>();
        int read = 0;
        int total = 0;
        for (int i = 0; i < 1_000 && failures.size() < 3; i++) {
            SyntheticReport expected = generator.next();
            String rows = renderer.render(expected);
            DisclosureReport byRow = parser.parse(rows).report();
            DisclosureReport page = parser.parse(Seeds.flattened(rows, "")).report();
            String wrong = RoundTripAssertions.wrongValue(expected, page);
            if (wrong != null || !page.figures().equals(byRow.figures())) {
                failures.add("case " + i + ": " + (wrong != null ? wrong : "cells differ from the row-per-line page")
                        + "\n" + rows);
            }
            for (String key : expected.figures().keySet()) {
                read += page.figures().get(key) != null ? 1 : 0;
                total++;
            }
        }
        assertThat(failures).isEmpty();
        System.out.printf("flattened pages: %d of %d cells read (%.1f%%)%n", read, total, 100.0 * read / total);
        assertThat((double) read / total).isGreaterThan(0.8);
    }
}
