package org.disclosurepipeline.core.rules.arithmetic;

import static org.assertj.core.api.Assertions.assertThat;

import org.disclosurepipeline.core.rules.Finding;
import org.disclosurepipeline.core.rules.FindingStatus;
import org.disclosurepipeline.core.rules.SeedMutation;
import org.disclosurepipeline.core.rules.Severity;
import org.junit.jupiter.api.Test;

class ApplicationsBalanceRuleTest {

    /** One new application by a natural person, counted in the row total, but never processed nor carried. */
    @Test
    void aNewApplicationNeitherProcessedNorCarriedForwardBreaksTheBalance() {
        var found = SeedMutation.seed("002").cells("一、本年新收", "1", "0", "0", "0", "0", "0", "1")
                .findings("R-T3-BALANCE");

        assertThat(found).hasSize(2);
        Finding f = found.get(0);
        assertThat(f.severity()).isEqualTo(Severity.ERROR);
        assertThat(f.status()).isEqualTo(FindingStatus.FAIL);
        assertThat(f.location().column()).isEqualTo("naturalPerson");
        assertThat(f.left()).isEqualByComparingTo("1");
        assertThat(f.right()).isEqualByComparingTo("0");
    }

    @Test
    void aNewApplicationCarriedForwardBalances() {
        assertThat(SeedMutation.seed("002")
                .cells("一、本年新收", "1", "0", "0", "0", "0", "0", "1")
                .cells("四、结转下年度继续办理", "1", "0", "0", "0", "0", "0", "1")
                .findings("R-T3-BALANCE")).isEmpty();
    }

    @Test
    void anEmptyCellIsNotAssessableNotZero() {
        Finding f = SeedMutation.seed("002").cells("一、本年新收", "/", "0", "0", "0", "0", "0", "0")
                .single("R-T3-BALANCE");

        assertThat(f.status()).isEqualTo(FindingStatus.NOT_ASSESSABLE);
        assertThat(f.severity()).isEqualTo(Severity.WARNING);
        assertThat(f.cells()).containsExactly("applications.newReceived.naturalPerson");
    }
}
