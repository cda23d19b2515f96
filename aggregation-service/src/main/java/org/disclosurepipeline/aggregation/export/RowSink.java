package org.disclosurepipeline.aggregation.export;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/** A table written row by row straight to the response: CSV or XLSX, whatever the number of rows. */
public interface RowSink extends Closeable {

    /** One row: strings, numbers or null (an empty cell). */
    void row(List<?> values) throws IOException;

    /** Writes what is left and ends the file; the stream itself stays open. */
    @Override
    void close() throws IOException;

    /** A column: its heading and, for spreadsheets, its width in characters. */
    record Column(String label, int width) {
    }

    /** The formats a list is exported in, as {@code ?format=} names them. */
    enum Format {
        CSV("csv", "text/csv; charset=utf-8"),
        XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

        public final String extension;
        public final String mediaType;

        Format(String extension, String mediaType) {
            this.extension = extension;
            this.mediaType = mediaType;
        }

        /** A sink writing this format to {@code out}, beginning with the header row. */
        public RowSink open(OutputStream out, String sheetName, List<Column> columns) throws IOException {
            RowSink sink = this == CSV ? new CsvSink(out) : new XlsxSink(out, sheetName, columns);
            sink.row(columns.stream().map(Column::label).toList());
            return sink;
        }

        /** csv or xlsx, in any case; null for anything else. */
        public static Format of(String name) {
            for (Format f : values()) {
                if (f.extension.equalsIgnoreCase(name)) {
                    return f;
                }
            }
            return null;
        }
    }
}
