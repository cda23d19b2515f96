package org.disclosurepipeline.contract.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RulesVersionsTest {

    @Test
    void versionsCompareNumberByNumberAndAMissingOneIsOldest() {
        List<String> versions = new ArrayList<>(List.of("2026.12.0", "2026.11.10", "2026.11.2.1", "2026.11.2",
                "2027.1.0"));
        versions.add(null);
        versions.sort(RulesVersions.ORDER);
        assertThat(versions).containsExactly(null, "2026.11.2", "2026.11.2.1", "2026.11.10", "2026.12.0",
                "2027.1.0");
        assertThat(RulesVersions.isNewer("2026.11.2.1", "2026.11.2")).isTrue();
        assertThat(RulesVersions.isNewer("2026.11.2", "2026.11.2")).isFalse();
        assertThat(RulesVersions.isNewer("2026.11.2", null)).isTrue();
    }
}
