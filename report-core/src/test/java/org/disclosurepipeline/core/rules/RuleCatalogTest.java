package org.disclosurepipeline.core.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The catalogue holds every rule of the domain's rule list, with its code and severity, and describes each. */
class RuleCatalogTest {

    /** Code and severity of every rule in the domain's catalogue (docs/rules.md), in catalogue order. */
    private static final List<String> EXPECTED = List.of(
            "R-FMT-NOT-A-REPORT error", "R-FMT-FLATTENED info", "R-FMT-SECTIONS error", "R-FMT-TABLE-MISSING error",
            "R-NUM-VALID error", "R-NUM-UNIT warning",
            "R-FMT-EMPTY-CELL warning", "R-FMT-MOSTLY-BLANK warning", "R-FMT-TEMPLATE-VERSION warning", "R-FMT-LABEL warning",
            "R-T3-BALANCE error", "R-T3-OUTCOME-SUM error", "R-T3-ROW-TOTAL error",
            "R-T4-REVIEW-SUM error", "R-T4-LIT-DIRECT-SUM error", "R-T4-LIT-AFTER-SUM error",
            "R-T2-LOCAL-REGULATIONS warning", "R-T2-FEE-UNIT info",
            "R-META-YEAR error", "R-META-AGENCY error", "R-META-DEADLINE warning",
            "R-TXT-APPS warning", "R-TXT-YEAR warning", "R-TXT-ZERO warning", "R-TXT-REVIEW-LIT warning", "R-TXT-SUBTOTAL warning",
            "R-TXT-SEC5 warning", "R-TXT-SEC6-FEE warning", "R-TXT-FOREIGN warning",
            "R-XY-CARRY warning", "R-XY-STOCK warning", "R-XY-COPY warning", "R-CELL-CORRECTED info");

    @Test
    void everyRuleIsRegisteredOnceWithItsCodeAndSeverity() {
        assertThat(RuleCatalog.standard().descriptors())
                .extracting(d -> d.code() + " " + d.severity().code())
                .containsExactlyElementsOf(EXPECTED);
        assertThat(RuleCatalog.VERSION).isEqualTo("2026.12.4");
    }

    @Test
    void everyRuleIsDescribedInBothLanguagesWithAnExample() {
        Set<String> categories = Set.of("structure", "numbers", "arithmetic", "metadata", "narrative",
                "across-years");
        assertThat(RuleCatalog.standard().descriptors()).allSatisfy(d -> {
            assertThat(d.code()).matches("R-[A-Z0-9]+(-[A-Z0-9]+)+");
            assertThat(d.category()).isIn(categories);
            assertThat(d.meaning()).isNotBlank();
            assertThat(d.meaningZh()).isNotBlank();
            assertThat(d.example()).isNotBlank();
        });
    }
}
