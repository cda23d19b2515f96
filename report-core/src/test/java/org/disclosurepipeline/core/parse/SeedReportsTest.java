package org.disclosurepipeline.core.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.disclosurepipeline.core.model.DisclosureReport;
import org.disclosurepipeline.core.template.TemplateVersion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The five real seed reports: every cell and the metadata, as read by hand from the documents. */
class SeedReportsTest {

    private final ReportParser parser = new ReportParser();

    @ParameterizedTest
    @ValueSource(strings = {"000", "001", "002", "003", "004"})
    void everyCellIsReadExactly(String seed) throws IOException {
        DisclosureReport report = parser.parse(Seeds.text(seed)).report();
        Map<String, String> expected = expectedCells(seed);
        assertThat(report.figures().keys()).containsExactlyElementsOf(expected.keySet());
        expected.forEach((key, value) -> {
            Number found = report.figures().get(key);
            if (value.equals("-")) {
                assertThat(found).as(key).isNull();
            } else {
                assertThat(found).as(key).isNotNull();
                assertThat(new BigDecimal(found.toString())).as(key).isEqualByComparingTo(value);
            }
        });
    }

    @Test
    void metadataOfTheSeeds() throws IOException {
        DisclosureReport erli = parser.parse(Seeds.text("000")).report();
        assertThat(erli.year()).isEqualTo(2024);
        assertThat(erli.agencyName()).isEqualTo("二里镇人民政府");
        assertThat(erli.publishedOn()).isEqualTo(LocalDate.of(2025, 1, 24));
        assertThat(erli.templateVersion()).isEqualTo(TemplateVersion.VARIANT);

        DisclosureReport shuangxi = parser.parse(Seeds.text("001")).report();
        assertThat(shuangxi.year()).isEqualTo(2024);
        assertThat(shuangxi.agencyName()).isEqualTo("双溪镇人民政府");
        assertThat(shuangxi.publishedOn()).isEqualTo(LocalDate.of(2025, 1, 21));
        assertThat(shuangxi.templateVersion()).isEqualTo(TemplateVersion.VARIANT);

        for (String seed : new String[] {"002", "003", "004"}) {
            DisclosureReport report = parser.parse(Seeds.text(seed)).report();
            assertThat(report.year()).as(seed).isEqualTo(2024);
            assertThat(report.templateVersion()).as(seed).isEqualTo(TemplateVersion.V2021);
        }
        assertThat(parser.parse(Seeds.text("002")).report().agencyName()).isEqualTo("郟县李口镇人民政府");
        assertThat(parser.parse(Seeds.text("003")).report().agencyName()).isEqualTo("蓟州区东二营镇");
        assertThat(parser.parse(Seeds.text("004")).report().agencyName()).isEqualTo("通榆县边昭镇");
    }

    @Test
    void theTwoRowVariantHasNoThirdOtherHandlingRow() throws IOException {
        DisclosureReport erli = parser.parse(Seeds.text("000")).report();
        assertThat(erli.figures().has("applications.otherHandling.unpaidFee.total")).isTrue();
        assertThat(erli.figures().has("applications.otherHandling.other.total")).isFalse();
    }

    private static Map<String, String> expectedCells(String seed) throws IOException {
        Map<String, String> cells = new LinkedHashMap<>();
        try (InputStream in = SeedReportsTest.class.getResourceAsStream("/seeds/expected/" + seed + ".cells")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    int eq = line.indexOf('=');
                    cells.put(line.substring(0, eq), line.substring(eq + 1).strip());
                }
            }
        }
        return cells;
    }
}
