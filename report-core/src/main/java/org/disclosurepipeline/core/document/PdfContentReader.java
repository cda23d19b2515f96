package org.disclosurepipeline.core.document;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.pdfbox.util.Matrix;

/**
 * Reads each page of a PDF once for both what {@link PdfText} needs: the characters with their positions (PDFBox's
 * text stripper: fonts, Unicode, overlapping fake-bold copies dropped) and the straight lines drawn on it, which are
 * the rulings of its tables ({@link PathOperators} adds the path operators the stripper otherwise skips).
 */
final class PdfContentReader extends PDFTextStripper {

    /** A page's characters and rulings, in points from its top left; {@code rulings} is empty on rotated pages. */
    record Page(int number, List<Glyph> glyphs, List<Ruling> rulings) {
    }

    private final List<Page> pages = new ArrayList<>();
    private List<Ruling> rulings = new ArrayList<>();
    private PDRectangle crop;
    private boolean upright;

    private PdfContentReader() throws IOException {
        PathOperators.register(this);
    }

    static List<Page> read(PDDocument doc) throws IOException {
        PdfContentReader reader = new PdfContentReader();
        reader.writeText(doc, Writer.NOWHERE);
        return reader.pages;
    }

    @Override
    protected void startPage(PDPage page) throws IOException {
        rulings = new ArrayList<>();
        crop = page.getCropBox();
        upright = page.getRotation() % 360 == 0;
    }

    @Override
    protected void writePage() {
        List<Glyph> glyphs = new ArrayList<>();
        for (List<TextPosition> article : getCharactersByArticle()) {
            for (TextPosition p : article) {
                String text = p.getUnicode();
                if (text == null || text.isEmpty()) {
                    continue;
                }
                float em = p.getFontSizeInPt() > 0 ? p.getFontSizeInPt() : Math.max(p.getWidthDirAdj(), 1f);
                glyphs.add(new Glyph(text, p.getX(), p.getY(), p.getWidthDirAdj(), p.getHeightDir(), em));
            }
        }
        pages.add(new Page(getCurrentPageNo(), glyphs, upright ? rulings : List.of()));
    }

    /** Called by {@link PathOperators} for each straight line or thin bar painted, in user space. */
    void painted(float x0, float y0, float x1, float y1) {
        Matrix ctm = getGraphicsState().getCurrentTransformationMatrix();
        java.awt.geom.Point2D.Float a = ctm.transformPoint(x0, y0);
        java.awt.geom.Point2D.Float b = ctm.transformPoint(x1, y1);
        // PDF space runs up from the bottom left; the glyphs' positions run down from the top left of the crop box
        Ruling ruling = Ruling.of(a.x - crop.getLowerLeftX(), crop.getUpperRightY() - a.y,
                b.x - crop.getLowerLeftX(), crop.getUpperRightY() - b.y);
        if (ruling != null) {
            rulings.add(ruling);
        }
    }

    /** The text stripper insists on a writer; the text is built from the pages instead. */
    private static final class Writer extends java.io.Writer {
        static final Writer NOWHERE = new Writer();

        @Override
        public void write(char[] chars, int offset, int length) {
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }
}
