package org.disclosurepipeline.common.access;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A token's region must be a code of the registry: a prefix like 6 would cover five provinces. */
class RegionClaimTest {

    @Test
    void realCodesOfEveryLevelScopeAToken() {
        for (String code : new String[] {"61", "6107", "610722", "610722111"}) {
            assertThat(RegionClaim.problem(code)).as(code).isNull();
        }
    }

    @Test
    void prefixesUnknownCodesAndNoiseDoNot() {
        for (String claim : new String[] {"6", "610", "61072", "999999", "610722999", "abc", "", " ", "61 07",
                "6".repeat(5000), "-61"}) {
            assertThat(RegionClaim.problem(claim)).as(claim).isNotNull().contains("region");
        }
        assertThat(RegionClaim.problem(null)).contains("no region code");
        assertThat(RegionClaim.problem("6".repeat(5000))).hasSizeLessThan(300);
    }

    @Test
    void aClaimIsReadFromAJsonStringOrNumber() {
        assertThat(RegionClaim.text("\"610722\"")).isEqualTo("610722");
        assertThat(RegionClaim.text(610722)).isEqualTo("610722");
        assertThat(RegionClaim.text(null)).isNull();
    }

    @Test
    void aRegionCoversWhatLiesInsideIt() {
        assertThat(RegionClaim.covers("6107", "610722111")).isTrue();
        assertThat(RegionClaim.covers("610722", "6107")).isFalse();
        assertThat(RegionClaim.covers("610722", null)).isFalse();
    }
}
