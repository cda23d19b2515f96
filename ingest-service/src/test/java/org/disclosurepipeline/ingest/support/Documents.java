package org.disclosurepipeline.ingest.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.disclosurepipeline.core.model.Figures;
import org.disclosurepipeline.core.parse.ReportParser;
import org.disclosurepipeline.core.synthetic.SyntheticReport;

/** Documents built by the tests: fonts for PDFs, ZIPs, and a check that a text reads back as the report. */
public final class Documents {

    private Documents() {
    }

    public static byte[] font() {
        try (InputStream in = Documents.class.getResourceAsStream("/fonts/wqy-microhei-subset.ttf")) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The cells of {@code expected} that the parser does not read back from {@code text}. */
    public static List<String> mismatches(SyntheticReport expected, String text) {
        Figures parsed = new ReportParser().parse(text).report().figures();
        List<String> wrong = new ArrayList<>();
        expected.figures().forEach((key, value) -> {
            Number got = parsed.get(key);
            if (got == null || new BigDecimal(got.toString()).compareTo(new BigDecimal(value.toString())) != 0) {
                wrong.add(key + ": expected " + value + ", read " + got);
            }
        });
        return wrong;
    }

    /** A ZIP holding the given entries (name, content) in order; level 9 so that zeros shrink a lot. */
    public static byte[] zip(Object... nameThenContent) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.setLevel(9);
            for (int i = 0; i < nameThenContent.length; i += 2) {
                zip.putNextEntry(new ZipEntry((String) nameThenContent[i]));
                zip.write((byte[]) nameThenContent[i + 1]);
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A ZIP with one entry of {@code megabytes} MB of zeros, written in slices (never held whole). */
    public static byte[] zipBomb(String entryName, int megabytes) {
        return org.disclosurepipeline.localstack.fuzz.Material.bomb(entryName, megabytes);
    }
}
