package org.disclosurepipeline.core.rules.metadata;

import static org.assertj.core.api.Assertions.assertThat;

import org.disclosurepipeline.core.rules.Finding;
import org.disclosurepipeline.core.rules.FindingStatus;
import org.disclosurepipeline.core.rules.SeedMutation;
import org.disclosurepipeline.core.rules.Severity;
import org.junit.jupiter.api.Test;

class AgencyRuleTest {

    @Test
    void aReportSignedByAnotherTownshipIsRejected() {
        Finding f = SeedMutation.seed("000").submittedAs("610722114", 2024).single("R-META-AGENCY");

        assertThat(f.severity()).isEqualTo(Severity.ERROR);
        assertThat(f.status()).isEqualTo(FindingStatus.FAIL);
        assertThat(f.message()).contains("'二里镇人民政府'", "双溪镇 (610722114, 陕西省 汉中市 城固县)");
        assertThat(f.messageZh()).contains("二里镇人民政府", "双溪镇");
    }

    @Test
    void theAgencyItIsSubmittedForPasses() {
        assertThat(SeedMutation.seed("000").findings("R-META-AGENCY")).isEmpty();
    }

    @Test
    void aCountyPrefixInTraditionalCharactersStillMatches() {
        assertThat(SeedMutation.seed("002").findings("R-META-AGENCY")).isEmpty(); // 郟县李口镇人民政府
    }

    @Test
    void theAgencyNamedInThePreambleCounts() {
        assertThat(SeedMutation.seed("004").findings("R-META-AGENCY")).isEmpty(); // 现公布通榆县边昭镇2024年…
    }

    @Test
    void aReportThatNamesNoAgencyIsNotAssessable() {
        Finding f = SeedMutation.seed("004").replaceAll("通榆县边昭镇", "我镇").replaceAll("边昭镇办公室", "镇办公室")
                .single("R-META-AGENCY");

        assertThat(f.status()).isEqualTo(FindingStatus.NOT_ASSESSABLE);
        assertThat(f.severity()).isEqualTo(Severity.WARNING);
    }

    @Test
    void withoutASubmittedAgencyThereIsNothingToCompare() {
        assertThat(SeedMutation.seed("000").submittedAs(null, 2024).findings("R-META-AGENCY")).isEmpty();
    }

    @Test
    void aCodeTheRegistryDoesNotKnowIsLeftToTheIngestSide() {
        assertThat(SeedMutation.seed("004").submittedAs("999999999", 2024).findings("R-META-AGENCY")).isEmpty();
    }
}
