package org.disclosurepipeline.core.document;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.contentstream.operator.OperatorProcessor;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSNumber;

/**
 * The PDF path operators (m l c v y h re, painted by S s f F f* B B* b b*, dropped by n) for
 * {@link PdfContentReader}: a stroked straight segment, or a filled sub-path thin enough to be a line, is handed on
 * as a possible table ruling; curves only move the pen.
 */
final class PathOperators extends OperatorProcessor {

    private static final String[] NAMES = {"m", "l", "c", "v", "y", "h", "re", "S", "s", "f", "F", "f*", "B", "B*",
        "b", "b*", "n"};

    private final String name;
    private final Path path;

    private PathOperators(PdfContentReader reader, String name, Path path) {
        super(reader);
        this.name = name;
        this.path = path;
    }

    static void register(PdfContentReader reader) {
        Path path = new Path(reader);
        for (String name : NAMES) {
            reader.addOperator(new PathOperators(reader, name, path));
        }
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public void process(Operator operator, List<COSBase> operands) {
        float[] n = numbers(operands);
        switch (name) {
            case "m" -> {
                if (n.length >= 2) {
                    path.moveTo(n[0], n[1]);
                }
            }
            case "l" -> {
                if (n.length >= 2) {
                    path.lineTo(n[0], n[1]);
                }
            }
            case "c" -> {
                if (n.length >= 6) {
                    path.curveTo(n[4], n[5]);
                }
            }
            case "v", "y" -> {
                if (n.length >= 4) {
                    path.curveTo(n[2], n[3]);
                }
            }
            case "h" -> path.close();
            case "re" -> {
                if (n.length >= 4) {
                    path.rectangle(n[0], n[1], n[2], n[3]);
                }
            }
            case "S" -> path.paint(true, false, false);
            case "s" -> path.paint(true, false, true);
            case "f", "F", "f*" -> path.paint(false, true, false);
            case "B", "B*" -> path.paint(true, true, false);
            case "b", "b*" -> path.paint(true, true, true);
            default -> path.clear();
        }
    }

    private static float[] numbers(List<COSBase> operands) {
        float[] n = new float[operands.size()];
        for (int i = 0; i < n.length; i++) {
            if (!(operands.get(i) instanceof COSNumber number)) {
                return new float[0];
            }
            n[i] = number.floatValue();
        }
        return n;
    }

    /** The path being built: finished sub-paths as x, y pairs (a closed one ends where it began), and the open one. */
    private static final class Path {
        private final PdfContentReader reader;
        private final List<float[]> done = new ArrayList<>();
        private float[] open = new float[16];
        private int size;

        Path(PdfContentReader reader) {
            this.reader = reader;
        }

        void moveTo(float x, float y) {
            finish();
            add(x, y);
        }

        void lineTo(float x, float y) {
            if (size == 0) {
                add(x, y);
            }
            add(x, y);
        }

        /** A curve is no ruling: the sub-path ends, and the next one starts where the curve does. */
        void curveTo(float x, float y) {
            moveTo(x, y);
        }

        void close() {
            if (size >= 4) {
                float x = open[0];
                float y = open[1];
                add(x, y);
                finish();
                add(x, y);
            }
        }

        void rectangle(float x, float y, float w, float h) {
            moveTo(x, y);
            lineTo(x + w, y);
            lineTo(x + w, y + h);
            lineTo(x, y + h);
            close();
        }

        void paint(boolean stroke, boolean fill, boolean closeFirst) {
            if (closeFirst) {
                close();
            }
            finish();
            for (float[] sub : done) {
                if (stroke) {
                    for (int i = 0; i + 3 < sub.length; i += 2) {
                        reader.painted(sub[i], sub[i + 1], sub[i + 2], sub[i + 3]);
                    }
                }
                if (fill) {
                    // a filled sub-path thin enough is a line: Word draws table borders as thin filled bars
                    float minX = Float.MAX_VALUE;
                    float minY = Float.MAX_VALUE;
                    float maxX = -Float.MAX_VALUE;
                    float maxY = -Float.MAX_VALUE;
                    for (int i = 0; i + 1 < sub.length; i += 2) {
                        minX = Math.min(minX, sub[i]);
                        maxX = Math.max(maxX, sub[i]);
                        minY = Math.min(minY, sub[i + 1]);
                        maxY = Math.max(maxY, sub[i + 1]);
                    }
                    reader.painted(minX, minY, maxX, maxY);
                }
            }
            clear();
        }

        void clear() {
            done.clear();
            size = 0;
        }

        private void finish() {
            if (size >= 4) {
                done.add(Arrays.copyOf(open, size));
            }
            size = 0;
        }

        private void add(float x, float y) {
            if (size + 2 > open.length) {
                open = Arrays.copyOf(open, open.length * 2);
            }
            open[size++] = x;
            open[size++] = y;
        }
    }
}
