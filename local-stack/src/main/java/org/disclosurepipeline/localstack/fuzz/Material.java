package org.disclosurepipeline.localstack.fuzz;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.disclosurepipeline.core.synthetic.DocxRenderer;
import org.disclosurepipeline.core.synthetic.HtmlRenderer;
import org.disclosurepipeline.core.synthetic.ReportGenerator;
import org.disclosurepipeline.core.synthetic.ReportTextRenderer;
import org.disclosurepipeline.core.synthetic.SyntheticReport;
import org.disclosurepipeline.core.synthetic.TextLayout;

/** Well-formed documents of every format, made once from a seed, for the fuzzer to cut, flip and wrap. */
public final class Material {

    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    /** One document: its bytes and the type a client would declare. */
    record Document(String name, byte[] bytes, String type) {
    }

    final List<Document> documents;
    final byte[] zipBomb;
    final byte[] wordBomb;

    Material(long seed) {
        SyntheticReport report = new ReportGenerator(seed).next();
        String text = new ReportTextRenderer(TextLayout.TAB_ROWS, seed).render(report);
        documents = List.of(
                new Document("report.txt", text.getBytes(StandardCharsets.UTF_8), "text/plain; charset=UTF-8"),
                new Document("report-gbk.txt", text.getBytes(Charset.forName("GBK")), "text/plain; charset=GBK"),
                new Document("report.html", new HtmlRenderer().render(report).getBytes(StandardCharsets.UTF_8),
                        "text/html"),
                new Document("report.docx", new DocxRenderer().render(report), DOCX),
                new Document("report.pdf", pdf(), "application/pdf"));
        zipBomb = bomb("payload.bin", 200);
        wordBomb = bomb("word/document.xml", 300);
    }

    /** A small PDF with a text layer (ASCII: the standard fonts need no font file). */
    static byte[] pdf() {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 11);
                content.newLineAtOffset(50, 700);
                for (String line : List.of("Annual report on government information disclosure 2024",
                        "1  new applications  12  3  0  0  0  0  15", "2  carried over  0  0  0  0  0  0  0")) {
                    content.showText(line);
                    content.newLineAtOffset(0, -16);
                }
                content.endText();
            }
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A ZIP (a Word file when the entry is word/document.xml) of megabytes of zeros in about a thousandth. */
    public static byte[] bomb(String entry, int megabytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.setLevel(9);
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types/>".getBytes(StandardCharsets.US_ASCII));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry(entry));
            byte[] slice = new byte[1024 * 1024];
            for (int i = 0; i < megabytes; i++) {
                zip.write(slice);
            }
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static byte[] zip(String name, byte[] content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry(name));
            zip.write(content);
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
