package org.disclosurepipeline.aggregation.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * RFC 4180 CSV in UTF-8 with a byte-order mark: without it Excel reads the file as the system's ANSI code page and
 * shows the Chinese as mojibake.
 */
final class CsvSink implements RowSink {

    private final Writer writer;
    private final CSVPrinter printer;

    CsvSink(OutputStream out) throws IOException {
        this.writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write('\uFEFF');
        this.printer = new CSVPrinter(writer, CSVFormat.RFC4180);
    }

    @Override
    public void row(List<?> values) throws IOException {
        for (Object v : values) {
            printer.print(v instanceof BigDecimal d ? d.toPlainString() : v);
        }
        printer.println();
    }

    @Override
    public void close() throws IOException {
        printer.flush();
        writer.flush();
    }
}
