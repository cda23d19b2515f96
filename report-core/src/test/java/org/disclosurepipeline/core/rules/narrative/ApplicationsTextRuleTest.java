package org.disclosurepipeline.core.rules.narrative;

import static org.assertj.core.api.Assertions.assertThat;

import org.disclosurepipeline.core.rules.Finding;
import org.disclosurepipeline.core.rules.FindingStatus;
import org.disclosurepipeline.core.rules.Location;
import org.disclosurepipeline.core.rules.SeedMutation;
import org.disclosurepipeline.core.rules.Severity;
import org.junit.jupiter.api.Test;

class ApplicationsTextRuleTest {

    @Test
    void threeApplicationsInTheTextButOneInTheTableFails() {
        Finding f = SeedMutation.seed("003").replace("收到政府信息公开申请1件", "收到政府信息公开申请3件")
                .single("R-TXT-APPS");

        assertThat(f.severity()).isEqualTo(Severity.WARNING);
        assertThat(f.status()).isEqualTo(FindingStatus.FAIL);
        assertThat(f.left()).isEqualByComparingTo("3");
        assertThat(f.right()).isEqualByComparingTo("1");
        assertThat(f.location()).isEqualTo(new Location("overview", "T3", "newReceived", "total"));
        assertThat(f.cells()).containsExactly("applications.newReceived.total");
        assertThat(f.message()).contains("3 applications were received", "一、本年新收政府信息公开申请数量");
    }

    @Test
    void theTextAgreeingWithTheTablePasses() {
        assertThat(SeedMutation.seed("003").findings("R-TXT-APPS")).isEmpty();
    }

    @Test
    void completedApplicationsAreComparedWithTheTotalProcessed() {
        SeedMutation said = SeedMutation.seed("003").replace("规定受理答复", "规定办结2件");

        Finding f = said.single("R-TXT-APPS");
        assertThat(f.location().row()).isEqualTo("totalProcessed");
        assertThat(f.left()).isEqualByComparingTo("2");
        assertThat(f.right()).isEqualByComparingTo("1");
        assertThat(SeedMutation.seed("003").replace("规定受理答复", "规定办结1件").findings("R-TXT-APPS")).isEmpty();
    }

    @Test
    void anEmptyTableCellIsNotAssessable() {
        Finding f = SeedMutation.seed("002").cells("一、本年新收", "/").single("R-TXT-APPS");

        assertThat(f.status()).isEqualTo(FindingStatus.NOT_ASSESSABLE);
        assertThat(f.cells()).containsExactly("applications.newReceived.total");
    }
}
