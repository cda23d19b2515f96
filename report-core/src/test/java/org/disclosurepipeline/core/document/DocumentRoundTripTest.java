package org.disclosurepipeline.core.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.disclosurepipeline.core.parse.ParsedReport;
import org.disclosurepipeline.core.parse.ReportParser;
import org.disclosurepipeline.core.synthetic.DocxRenderer;
import org.disclosurepipeline.core.synthetic.HtmlRenderer;
import org.disclosurepipeline.core.synthetic.PdfRenderer;
import org.disclosurepipeline.core.synthetic.ReportGenerator;
import org.disclosurepipeline.core.synthetic.RoundTripAssertions;
import org.disclosurepipeline.core.synthetic.SyntheticReport;
import org.junit.jupiter.api.Test;

/** generate → write a real HTML page, Word document or PDF → detect → extract → parse → equal. */
class DocumentRoundTripTest {

    private final ReportParser parser = new ReportParser();

    @Test
    void htmlTablesComeBackExactly() throws Exception {
        HtmlRenderer html = new HtmlRenderer();
        roundTrip(1_000, 11, (r, i) -> html.render(r).getBytes(StandardCharsets.UTF_8), DocumentFormat.HTML);
    }

    @Test
    void wordTablesComeBackExactly() throws Exception {
        DocxRenderer docx = new DocxRenderer();
        roundTrip(1_000, 12, (r, i) -> docx.render(r), DocumentFormat.DOCX);
    }

    @Test
    void pdfLayoutComesBackExactly() throws Exception {
        PdfRenderer pdf = new PdfRenderer(font());
        roundTrip(1_000, 13, pdf::render, DocumentFormat.PDF);
    }

    @Test
    void aPdfOfHundredsOfPagesIsRefusedWithItsPageCount() throws Exception {
        try (org.apache.pdfbox.pdmodel.PDDocument doc = new org.apache.pdfbox.pdmodel.PDDocument();
                java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream()) {
            for (int i = 0; i <= PdfText.MAX_PAGES; i++) {
                doc.addPage(new org.apache.pdfbox.pdmodel.PDPage());
            }
            doc.save(out);
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> DocumentReader.read(out.toByteArray(), null))
                    .isInstanceOf(UnreadableDocumentException.class)
                    .hasMessageContaining("has " + (PdfText.MAX_PAGES + 1) + " pages");
        }
    }

    @Test
    void brokenDocumentsAreUnreadableWithAReason() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> DocumentReader.read("%PDF-1.7 cut".getBytes(), null))
                .isInstanceOf(UnreadableDocumentException.class).hasMessageContaining("not a readable PDF");
        byte[] zip = {'P', 'K', 3, 4, 0, 0, 0, 0};
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> DocumentReader.read(zip, null))
                .isInstanceOf(UnreadableDocumentException.class).hasMessageContaining("Word");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> DocumentReader.read(new byte[0], null))
                .isInstanceOf(UnreadableDocumentException.class).hasMessageContaining("empty");
    }

    interface Writer {
        byte[] write(SyntheticReport report, long seed) throws Exception;
    }

    private void roundTrip(int cases, long seed, Writer writer, DocumentFormat format) throws Exception {
        ReportGenerator generator = new ReportGenerator(seed);
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < cases && failures.size() < 3; i++) {
            SyntheticReport expected = generator.next();
            byte[] document = writer.write(expected, i);
            assertThat(DocumentFormat.detect(document)).isEqualTo(format);
            String text = DocumentReader.read(document, null);
            ParsedReport parsed = parser.parse(text);
            String mismatch = RoundTripAssertions.mismatch(expected, parsed);
            if (mismatch != null) {
                failures.add("case " + i + " (" + expected.template() + "): " + mismatch + "\n" + text);
            }
        }
        assertThat(failures).isEmpty();
    }

    static byte[] font() throws IOException {
        try (InputStream in = DocumentRoundTripTest.class.getResourceAsStream("/fonts/wqy-microhei-subset.ttf")) {
            return in.readAllBytes();
        }
    }
}
