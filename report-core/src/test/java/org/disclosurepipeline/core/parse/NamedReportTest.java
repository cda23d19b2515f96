package org.disclosurepipeline.core.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** NamedReport reads by hand what its regular expression (the specification, here) reads. */
class NamedReportTest {

    private static final Pattern NAMED_REPORT = Pattern.compile(
            "(?:现公布|现予公布|现将|公布|发布)?([\\u4e00-\\u9fa5]{2,24}?)(\\d{4})\\s*年度?政府信息公开工作年度报告");

    @Test
    void readsTheAgencyAndYearAPreambleNames() {
        NamedReport named = NamedReport.find("根据条例要求，现公布通榆县边昭镇2024年政府信息公开工作年度报告。");
        assertThat(named.agency()).isEqualTo("通榆县边昭镇");
        assertThat(named.year()).isEqualTo("2024");
        assertThat(NamedReport.find("本报告由总体情况等六部分组成。")).isNull();
    }

    @Test
    void agreesWithTheExpressionOnRandomText() {
        String[] pieces = {"现公布", "现予公布", "现将", "公布", "发布", "现", "通榆县", "边昭镇", "人民政府", "的", "2024",
            "202", "1", " ", "  ", "\t", "年", "度", "年度", "政府信息公开工作年度报告", "政府信息公开", "，", "。", "a",
            "二里镇二里镇二里镇二里镇"};
        Random random = new Random(24);
        int found = 0;
        for (int n = 0; n < 100_000; n++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(12); i >= 0; i--) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            if (random.nextBoolean()) {
                text.append(pieces[6 + random.nextInt(4)]).append(2000 + random.nextInt(30))
                        .append(random.nextBoolean() ? "年" : "年度").append("政府信息公开工作年度报告");
            }
            Matcher m = NAMED_REPORT.matcher(text);
            NamedReport named = NamedReport.find(text.toString());
            if (!m.find()) {
                assertThat(named).as(text.toString()).isNull();
                continue;
            }
            found++;
            assertThat(named).as(text.toString()).isNotNull();
            assertThat(named.agency()).as(text.toString()).isEqualTo(m.group(1));
            assertThat(named.year()).as(text.toString()).isEqualTo(m.group(2));
            assertThat(named.start()).as(text.toString()).isEqualTo(m.start());
        }
        assertThat(found).isGreaterThan(30_000);
    }
}
