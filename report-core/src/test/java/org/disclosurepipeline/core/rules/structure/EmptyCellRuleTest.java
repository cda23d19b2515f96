package org.disclosurepipeline.core.rules.structure;

import static org.assertj.core.api.Assertions.assertThat;

import org.disclosurepipeline.core.rules.Finding;
import org.disclosurepipeline.core.rules.FindingStatus;
import org.disclosurepipeline.core.rules.SeedMutation;
import org.disclosurepipeline.core.rules.Severity;
import org.junit.jupiter.api.Test;

class EmptyCellRuleTest {

    @Test
    void aSlashIsKeptEmptyAndReported() {
        SeedMutation report = SeedMutation.seed("002").replace("规章\t0\t0\t0", "规章\t/\t0\t0");
        Finding f = report.single("R-FMT-EMPTY-CELL");

        assertThat(f.severity()).isEqualTo(Severity.WARNING);
        assertThat(f.status()).isEqualTo(FindingStatus.FAIL);
        assertThat(f.cells()).containsExactly("activeDisclosure.regulations.issued");
        assertThat(report.report().figures().has("activeDisclosure.regulations.issued")).isTrue();
        assertThat(report.report().figures().get("activeDisclosure.regulations.issued")).isNull();
    }

    @Test
    void filledCellsPass() {
        assertThat(SeedMutation.seed("002").findings("R-FMT-EMPTY-CELL")).isEmpty();
    }
}
