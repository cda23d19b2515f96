package org.disclosurepipeline.core.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.disclosurepipeline.core.template.TableId;
import org.junit.jupiter.api.Test;

/** Input far beyond any real report (megabytes of text, a "row" of 100,000 digits) is read, not choked on. */
class OversizedInputTest {

    private static final String NEW_RECEIVED = "一、本年新收政府信息公开申请数量";
    private final ReportParser parser = new ReportParser();

    @Test
    void aGluedRunTooLongToBeARowIsReportedAndQuotedShort() {
        String seed = Seeds.text("002");
        int row = seed.indexOf(NEW_RECEIVED);
        String text = seed.substring(0, row) + NEW_RECEIVED + "7".repeat(100_000)
                + seed.substring(seed.indexOf('\n', row));
        ParsedReport parsed = parser.parse(text);
        assertThat(parsed.report().figures().get("applications.newReceived.total")).isNull();
        assertThat(parsed.diagnostics().tableProblems()).singleElement().satisfies(problem -> {
            assertThat(problem.table()).isEqualTo(TableId.APPLICATIONS);
            assertThat(problem.rowKey()).isEqualTo("applications.newReceived");
            assertThat(problem.reason()).contains("line 49", "7".repeat(80) + "…").hasSizeLessThan(300);
            assertThat(problem.reasonZh()).contains("第49行").hasSizeLessThan(300);
        });
    }

    @Test
    void aThousandCopiesOfAReportReadAsTheFirst() {
        String seed = Seeds.text("004");
        ParsedReport once = parser.parse(seed);
        ParsedReport copies = parser.parse((seed.replace("\n", "\r\n") + "\n").repeat(1_000));
        assertThat(copies.report().figures()).isEqualTo(once.report().figures());
        assertThat(copies.report().agencyName()).isEqualTo(once.report().agencyName()).isNotNull();
        assertThat(copies.report().year()).isEqualTo(2024);
        assertThat(copies.report().templateVersion()).isEqualTo(once.report().templateVersion());
        assertThat(copies.diagnostics().tablesFound()).containsExactlyElementsOf(once.diagnostics().tablesFound());
    }
}
