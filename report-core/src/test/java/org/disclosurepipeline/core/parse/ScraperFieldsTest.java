package org.disclosurepipeline.core.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.disclosurepipeline.core.model.DisclosureReport;
import org.junit.jupiter.api.Test;

/** A scraper's "key: value" lines give the title without its key, and the page's date and publisher. */
class ScraperFieldsTest {

    @Test
    void aScrapedPageIsTitledDatedAndAttributedByItsFields() throws IOException {
        DisclosureReport report = new ReportParser().parse(document("dongling-county-2024.flat.txt")).report();
        assertThat(report.title()).isEqualTo("东岭县人民政府2024年政府信息公开工作年度报告");
        assertThat(report.agencyName()).isEqualTo("东岭县人民政府");
        assertThat(report.publishedOn()).isEqualTo(LocalDate.of(2025, 1, 22));
    }

    @Test
    void onlyTheTitleKeyIsDroppedAndBadDatesAreIgnored() {
        assertThat(ScraperFields.withoutKey("标题：某镇2024年政府信息公开工作年度报告")).isEqualTo("某镇2024年政府信息公开工作年度报告");
        assertThat(ScraperFields.withoutKey("发布机构: 某镇")).isEqualTo("发布机构: 某镇");
        assertThat(ScraperFields.withoutKey("标题党的文章")).isEqualTo("标题党的文章");
        DocumentLines doc = DocumentLines.of("发布时间: 2025-02-30 10:15\n发布机构:\n一、总体情况");
        ScraperFields fields = ScraperFields.read(doc, 2);
        assertThat(fields.published()).isNull();
        assertThat(fields.publisher()).isNull();
        assertThat(ScraperFields.read(DocumentLines.of("发布日期：2025年1月3日\n"), 1).published())
                .isEqualTo(LocalDate.of(2025, 1, 3));
    }

    private static String document(String name) throws IOException {
        try (InputStream in = ScraperFieldsTest.class.getResourceAsStream("/documents/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
