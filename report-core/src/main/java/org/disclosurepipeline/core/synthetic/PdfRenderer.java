package org.disclosurepipeline.core.synthetic;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * A synthetic report as a PDF: the spaced layout of {@link TextLayout#SPACED} drawn with each run of text at the
 * x position of its column, over as many A4 pages as it needs. Needs a TrueType font with the Chinese characters.
 */
public final class PdfRenderer {

    private static final float FONT_SIZE = 6f;
    private static final float UNIT = FONT_SIZE / 2;
    private static final float MARGIN = 24f;
    private static final float LEADING = FONT_SIZE * 1.6f;
    private static final Pattern RUN = Pattern.compile("\\S+(?: \\S+)*");

    private final byte[] font;

    /** @param trueTypeFont the bytes of a .ttf holding every character the reports print */
    public PdfRenderer(byte[] trueTypeFont) {
        this.font = trueTypeFont.clone();
    }

    public byte[] render(SyntheticReport report, long seed) {
        String text = new ReportTextRenderer(TextLayout.SPACED, seed).render(report);
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDType0Font type0 = PDType0Font.load(doc, new java.io.ByteArrayInputStream(font), true);
            PDPageContentStream page = null;
            float y = 0;
            for (String line : text.split("\n", -1)) {
                if (page == null || y < MARGIN) {
                    if (page != null) {
                        page.close();
                    }
                    PDPage next = new PDPage(PDRectangle.A4);
                    doc.addPage(next);
                    page = new PDPageContentStream(doc, next);
                    page.setFont(type0, FONT_SIZE);
                    y = PDRectangle.A4.getHeight() - MARGIN;
                }
                Matcher run = RUN.matcher(line);
                while (run.find()) {
                    page.beginText();
                    page.newLineAtOffset(MARGIN + columnOf(line, run.start()) * UNIT, y);
                    page.showText(run.group());
                    page.endText();
                }
                y -= LEADING;
            }
            if (page != null) {
                page.close();
            }
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The display column of a character index: Chinese characters are two columns wide. */
    private static int columnOf(String line, int index) {
        int column = 0;
        for (int i = 0; i < index; i++) {
            column += line.charAt(i) >= 0x2E80 ? 2 : 1;
        }
        return column;
    }
}
