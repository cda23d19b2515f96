package org.disclosurepipeline.aggregation.export;

import com.lowagie.text.pdf.BaseFont;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.disclosurepipeline.aggregation.config.AggregationConfig;
import org.disclosurepipeline.common.http.ProblemException;

/**
 * The font check sheets are printed in: a font with Chinese glyphs, embedded as a subset (only the characters a
 * sheet uses), so that the PDF reads the same on a machine without Chinese fonts. By default the WenQuanYi Micro Hei
 * bundled in the service (Apache-2.0, {@code fonts/wqy-microhei-LICENSE.txt}), so that a fresh clone prints Chinese;
 * {@code aggregation.exports.pdf-font} names another. Loaded once, on the first sheet.
 */
@ApplicationScoped
public class CjkFont {

    static final String BUNDLED = "fonts/wqy-microhei.ttc";
    static final String SETTING = "aggregation.exports.pdf-font";

    @Inject
    AggregationConfig config;

    private volatile BaseFont font;

    public BaseFont get() {
        BaseFont f = font;
        if (f == null) {
            synchronized (this) {
                if (font == null) {
                    font = load(config.exports().pdfFont().orElse(null));
                }
                f = font;
            }
        }
        return f;
    }

    /** A configured font that cannot be read is the operator's to fix: 503 naming the setting and the file. */
    static BaseFont load(String configured) {
        String name = configured == null ? BUNDLED + ",0" : configured.strip();
        int comma = name.lastIndexOf(',');
        String file = comma > 0 && name.substring(comma + 1).matches("\\d+") ? name.substring(0, comma) : name;
        try {
            byte[] bytes = configured == null ? bundled() : Files.readAllBytes(Path.of(file));
            // a collection (.ttc) needs the index of its font; BaseFont tells the kind from the name
            String fontName = file.toLowerCase().endsWith(".ttc") && comma < 0 ? file + ",0" : name;
            return BaseFont.createFont(fontName, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, bytes, null);
        } catch (IOException | RuntimeException e) {
            throw ProblemException.field(503, "Check sheet font unavailable", SETTING, "cannot read a TrueType font"
                    + " with Chinese glyphs from '" + name + "' (" + e.getMessage() + "); unset " + SETTING
                    + " to use the bundled WenQuanYi Micro Hei, or name a .ttf file or a .ttc file with ',index'");
        }
    }

    private static byte[] bundled() throws IOException {
        try (InputStream in = CjkFont.class.getClassLoader().getResourceAsStream(BUNDLED)) {
            if (in == null) {
                throw new IOException(BUNDLED + " is missing from the service's resources");
            }
            return in.readAllBytes();
        }
    }
}
