package org.disclosurepipeline.core.rules.crossyear;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.MonthDay;
import org.disclosurepipeline.core.json.Json;
import org.disclosurepipeline.core.model.DisclosureReport;
import org.disclosurepipeline.core.rules.Finding;
import org.disclosurepipeline.core.rules.FindingStatus;
import org.disclosurepipeline.core.rules.RuleSettings;
import org.disclosurepipeline.core.rules.SeedMutation;
import org.disclosurepipeline.core.rules.Severity;
import org.junit.jupiter.api.Test;

class CopyRuleTest {

    /** Last year's report as the validation service keeps it: through JSON. */
    private static DisclosureReport stored(DisclosureReport report) throws Exception {
        String json = Json.mapper().writeValueAsString(report);
        return Json.mapper().readValue(json, DisclosureReport.class);
    }

    @Test
    void lastYearsTextWithOnlyTheYearChangedIsACopy() throws Exception {
        DisclosureReport lastYear = stored(SeedMutation.seed("002").replaceAll("2024", "2023").report());

        Finding f = SeedMutation.seed("002").previousYear(lastYear).single("R-XY-COPY");

        assertThat(f.severity()).isEqualTo(Severity.WARNING);
        assertThat(f.status()).isEqualTo(FindingStatus.FAIL);
        assertThat(f.left()).isEqualByComparingTo("1.00");
        assertThat(f.right()).isEqualByComparingTo("0.50");
        assertThat(f.message()).contains("100% of this year's narrative repeats the 2023 report", "一 100%");
    }

    @Test
    void anotherTextPasses() throws Exception {
        DisclosureReport lastYear = stored(SeedMutation.seed("003").replaceAll("2024", "2023").report());

        assertThat(SeedMutation.seed("002").previousYear(lastYear).findings("R-XY-COPY")).isEmpty();
    }

    @Test
    void theThresholdIsASetting() throws Exception {
        DisclosureReport lastYear = stored(SeedMutation.seed("002").replaceAll("2024", "2023").report());
        RuleSettings tolerant = new RuleSettings(MonthDay.of(1, 31), MonthDay.of(3, 31), 1.0);

        assertThat(SeedMutation.seed("002").previousYear(lastYear).settings(tolerant).findings("R-XY-COPY")).isEmpty();
    }

    @Test
    void withoutLastYearsReportNothingIsChecked() {
        assertThat(SeedMutation.seed("002").findings("R-XY-COPY")).isEmpty();
    }
}
