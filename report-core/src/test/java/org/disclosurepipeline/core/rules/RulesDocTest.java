package org.disclosurepipeline.core.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** docs/rules.md is generated from the catalogue; this test fails when the two are out of step. */
class RulesDocTest {

    /** The project's docs folder, seen from report-core (where Maven runs this module's tests). */
    private static final Path DOC = Path.of("..", "docs", "rules.md");

    @Test
    void docsRulesMdIsInStepWithTheCatalogue() throws IOException {
        String expected = RulesDoc.render(RuleCatalog.standard());
        if (Boolean.getBoolean("rules.doc.write")) {
            Files.writeString(DOC, expected, StandardCharsets.UTF_8);
        }
        String actual = Files.exists(DOC) ? Files.readString(DOC, StandardCharsets.UTF_8) : "";

        assertThat(actual)
                .as("docs/rules.md is out of step with RuleCatalog (codes, severities, descriptions or version). "
                        + "Regenerate it with: " + RulesDoc.REGENERATE)
                .isEqualTo(expected);
    }
}
