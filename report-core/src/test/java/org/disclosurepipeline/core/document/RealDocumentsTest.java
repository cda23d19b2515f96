package org.disclosurepipeline.core.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.disclosurepipeline.core.ReportChecker;
import org.disclosurepipeline.core.model.Figures;
import org.disclosurepipeline.core.rules.Finding;
import org.disclosurepipeline.core.rules.Submission;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Real published documents, read the way ingest reads them (format detected from the bytes), against every cell a
 * person read by hand. Prints {@code cells read / cells total} per document, so a change shows its effect on them.
 */
class RealDocumentsTest {

    private static final ReportChecker CHECKER = ReportChecker.standard();
    private static final List<String> SCORES = new ArrayList<>();

    static List<RealDocument> documents() {
        return RealDocument.all();
    }

    @ParameterizedTest
    @MethodSource("documents")
    void everyCellIsReadAsPrinted(RealDocument doc) throws UnreadableDocumentException {
        String text = DocumentReader.read(doc.bytes(), null);
        ReportChecker.CheckResult result = CHECKER.check(text, new Submission(null, null, doc.year(), null));
        Figures figures = result.report().figures();

        List<String> wrong = new ArrayList<>();
        doc.cells().forEach((key, expected) -> {
            if (!figures.has(key)) {
                wrong.add(key + ": missing, expected " + expected);
            } else if (!same(expected, figures.decimal(key))) {
                wrong.add(key + ": read " + figures.get(key) + ", expected " + expected);
            }
        });
        SCORES.add(String.format("%-40s %3d / %3d cells", doc.file(), doc.cells().size() - wrong.size(),
                doc.cells().size()));

        assertThat(wrong).as("cells of %s", doc.file()).isEmpty();
        assertThat(doc.absent()).as("rows %s does not have", doc.file()).noneMatch(figures::has);
        assertThat(figures.keys()).as("cells of %s", doc.file())
                .allMatch(k -> doc.cells().containsKey(k));
        if (doc.year() != null) {
            assertThat(result.report().year()).as("year of %s", doc.file()).isEqualTo(doc.year());
        }
        assertThat(result.validation().verdict().name()).as("verdict on %s; findings %s", doc.file(),
                result.validation().findings().stream().map(Finding::message).toList()).isEqualTo(doc.verdict());
    }

    @AfterAll
    static void printScores() {
        SCORES.forEach(s -> System.out.println("[real documents] " + s));
    }

    private static boolean same(BigDecimal expected, BigDecimal read) {
        return expected == null || read == null ? Objects.equals(expected, read) : expected.compareTo(read) == 0;
    }
}
