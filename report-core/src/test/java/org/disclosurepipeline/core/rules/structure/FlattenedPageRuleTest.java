package org.disclosurepipeline.core.rules.structure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.disclosurepipeline.core.parse.Seeds;
import org.disclosurepipeline.core.rules.Finding;
import org.disclosurepipeline.core.rules.SeedMutation;
import org.disclosurepipeline.core.rules.Severity;
import org.disclosurepipeline.core.rules.ValidationResult;
import org.disclosurepipeline.core.rules.Verdict;
import org.junit.jupiter.api.Test;

/**
 * A real report flattened to one line by a scraper was judged "not a report", with ten NOT_ASSESSABLE findings
 * after it. It is now read, and the findings are the report's own, with one info that says how it was read.
 */
class FlattenedPageRuleTest {

    @Test
    void aFlattenedPageGetsTheFindingsOfTheReportItselfAndOneInfo() {
        ValidationResult original = SeedMutation.seed("000").validate();
        ValidationResult flat = SeedMutation.text(Seeds.flattened(Seeds.text("000"), ""))
                .submittedAs("610722111", 2024).validate();

        assertThat(flat.verdict()).isEqualTo(Verdict.VALIDATED);
        List<String> codes = flat.findings().stream().map(Finding::rule).toList();
        assertThat(codes.get(0)).isEqualTo("R-FMT-FLATTENED");
        assertThat(codes.subList(1, codes.size()))
                .containsExactlyElementsOf(original.findings().stream().map(Finding::rule).toList());
        Finding info = flat.findings().get(0);
        assertThat(info.severity()).isEqualTo(Severity.INFO);
        assertThat(info.message()).contains("flattened to one line");
        assertThat(flat.findings()).filteredOn(f -> f.rule().equals("R-FMT-LABEL")).hasSize(2)
                .allSatisfy(f -> assertThat(f.message()).startsWith("Line 1: label '").doesNotContain("0000000"));
    }

    @Test
    void aReportWithItsLinesKeptSaysNothingOfIt() {
        assertThat(SeedMutation.seed("002").findings("R-FMT-FLATTENED")).isEmpty();
    }
}
