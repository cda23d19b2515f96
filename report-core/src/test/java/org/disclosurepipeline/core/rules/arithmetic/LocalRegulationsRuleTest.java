package org.disclosurepipeline.core.rules.arithmetic;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.disclosurepipeline.core.rules.Finding;
import org.disclosurepipeline.core.rules.FindingStatus;
import org.disclosurepipeline.core.rules.SeedMutation;
import org.disclosurepipeline.core.rules.Severity;
import org.junit.jupiter.api.Test;

class LocalRegulationsRuleTest {

    @Test
    void aTownshipReportingRegulationsIsWarned() {
        List<Finding> found = SeedMutation.seed("002").replace("规章\t0\t0\t0", "规章\t2\t0\t2")
                .findings("R-T2-LOCAL-REGULATIONS");

        assertThat(found).hasSize(2);
        Finding issued = found.get(0);
        assertThat(issued.severity()).isEqualTo(Severity.WARNING);
        assertThat(issued.status()).isEqualTo(FindingStatus.FAIL);
        assertThat(issued.location().row()).isEqualTo("regulations");
        assertThat(issued.location().column()).isEqualTo("issued");
        assertThat(issued.left()).isEqualByComparingTo("2");
        assertThat(issued.right()).isEqualByComparingTo("0");
        assertThat(issued.message()).contains("李口镇", "本年制发件数", "reads 2");
        assertThat(found.get(1).location().column()).isEqualTo("inForce");
    }

    @Test
    void zeroRegulationsPass() {
        assertThat(SeedMutation.seed("002").findings("R-T2-LOCAL-REGULATIONS")).isEmpty();
    }

    @Test
    void aCityMayMakeRegulations() {
        assertThat(SeedMutation.seed("002").replace("规章\t0\t0\t0", "规章\t2\t0\t2").submittedAs("4104", 2024)
                .findings("R-T2-LOCAL-REGULATIONS")).isEmpty();
    }

    @Test
    void anEmptyCellIsNotAssessable() {
        Finding f = SeedMutation.seed("002").replace("规章\t0\t0\t0", "规章\t—\t0\t0").single("R-T2-LOCAL-REGULATIONS");

        assertThat(f.status()).isEqualTo(FindingStatus.NOT_ASSESSABLE);
        assertThat(f.cells()).containsExactly("activeDisclosure.regulations.issued");
    }
}
