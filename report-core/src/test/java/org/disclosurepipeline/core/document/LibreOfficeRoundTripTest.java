package org.disclosurepipeline.core.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.disclosurepipeline.core.parse.ReportParser;
import org.disclosurepipeline.core.synthetic.DocxRenderer;
import org.disclosurepipeline.core.synthetic.ReportGenerator;
import org.disclosurepipeline.core.synthetic.RoundTripAssertions;
import org.disclosurepipeline.core.synthetic.SyntheticReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * generate → Word document ({@link DocxRenderer}: fixed column widths, long labels wrapping over lines, group labels
 * one character per line in cells merged down their rows, heading rows repeated on each page, page numbers) → PDF by
 * LibreOffice headless, as offices export them → detect → read → parse → every cell equal. The tables run over page
 * breaks at different rows, which sometimes cut a row, a label or a number in two.
 * <p>
 * Needs {@code soffice} (Debian's libreoffice-writer-nogui, which .ci/run installs): skipped without it, except in
 * CI, where it fails. {@code -Dlibreoffice.reports=N} sets how many reports (300 by default, about a minute).
 */
class LibreOfficeRoundTripTest {

    private static final int REPORTS = Integer.getInteger("libreoffice.reports", 300);

    @Test
    void everyCellOfPdfsExportedByLibreOfficeComesBack(@TempDir Path dir) throws Exception {
        LibreOffice office = LibreOffice.find(dir.resolve("profile"));
        assumeTrue(office != null || System.getenv("CI") != null,
                "LibreOffice (soffice) is not installed: apt-get install libreoffice-writer-nogui");
        assertThat(office).as("soffice on the PATH (.ci/run installs libreoffice-writer-nogui)").isNotNull();

        ReportGenerator generator = new ReportGenerator(2025);
        DocxRenderer word = new DocxRenderer();
        List<SyntheticReport> reports = new ArrayList<>();
        List<Path> documents = new ArrayList<>();
        Files.createDirectories(dir.resolve("docx"));
        for (int i = 0; i < REPORTS; i++) {
            SyntheticReport report = generator.next();
            Path document = dir.resolve("docx").resolve("report-" + i + ".docx");
            Files.write(document, word.render(report, i));
            reports.add(report);
            documents.add(document);
        }
        Path pdfs = Files.createDirectories(dir.resolve("pdf"));
        office.toPdf(documents, pdfs);

        ReportParser parser = new ReportParser();
        List<String> failures = new ArrayList<>();
        int pages = 0;
        int tablesOverPageBreaks = 0;
        for (int i = 0; i < REPORTS; i++) {
            byte[] pdf = Files.readAllBytes(LibreOffice.pdfOf(documents.get(i), pdfs));
            assertThat(DocumentFormat.detect(pdf)).isEqualTo(DocumentFormat.PDF);
            String text = DocumentReader.read(pdf, null);
            String mismatch = RoundTripAssertions.mismatch(reports.get(i), parser.parse(text));
            if (mismatch != null && failures.size() < 3) {
                failures.add("report-" + i + ".pdf (" + reports.get(i).template() + "): " + mismatch + "\n" + text);
            } else if (mismatch != null) {
                failures.add("report-" + i + ".pdf: " + mismatch);
            }
            try (PDDocument doc = Loader.loadPDF(pdf)) {
                List<PdfContentReader.Page> read = PdfContentReader.read(doc);
                pages += read.size();
                tablesOverPageBreaks += read.stream().skip(1).anyMatch(LibreOfficeRoundTripTest::opensWithTable) ? 1 : 0;
            }
        }
        System.out.printf("[libreoffice] %d PDFs, %d pages, %d with a table running over a page break: %d differ%n",
                REPORTS, pages, tablesOverPageBreaks, failures.size());
        assertThat(failures).as("PDFs whose cells differ from the report they were made from").isEmpty();
        assertThat(tablesOverPageBreaks).as("PDFs with a table cut by a page break").isGreaterThan(REPORTS / 5);
    }

    /** True when the page's first table stands above all its text: a table carried over from the page before. */
    private static boolean opensWithTable(PdfContentReader.Page page) {
        List<PdfTable> tables = TableFinder.tables(page.rulings(), page.number());
        return !tables.isEmpty() && page.glyphs().stream()
                .noneMatch(g -> !g.isSpace() && g.baseline() < tables.get(0).top());
    }
}
