package org.disclosurepipeline.core.rules.precision;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Runs the whole rule catalogue over the labelled corpus (src/test/resources/narrative: real sentences of the five
 * seeds, the cases of issue 17 and of the peer KIROGOVCOMPARE) and the whole-report cases, and prints per rule the
 * findings that are true, false and missed, with precision and recall; fails on any false R-TXT finding.
 */
class FindingsPrecisionTest {

    @Test
    void printsPrecisionAndRecallPerRule() {
        Tally tally = new Tally();
        for (String corpus : new String[] {"/narrative/real.tsv", "/narrative/cases.tsv"}) {
            LabelledSentence.load(corpus).forEach(s -> SentenceCases.run(s, tally));
        }
        ReportCases.all().forEach(c -> ReportCases.run(c, tally));
        System.out.println("Findings precision (FindingsPrecisionTest)\n" + tally.table());
        // a narrative rule that warns on a sentence a careful reader finds right is a regression
        assertThat(tally.falseOf("R-TXT-")).as("false narrative findings:%n%s", String.join("\n", tally.falses()))
                .isZero();
    }
}
