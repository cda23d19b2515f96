package org.disclosurepipeline.core.synthetic;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Text as {@code pdftotext -layout} prints a PDF table: columns aligned with spaces; a label longer than its column
 * wraps, with the numbers on its first or middle line or on a line of their own; the group label 三、本年度办理结果
 * runs down the first column one character per line; page numbers interrupt the table.
 */
final class SpacedLayout {

    private static final int LABEL_CHARS = 14;
    private static final int NUMBER_WIDTH = 8;
    private static final String VERTICAL_GROUP = "三、本年度办理结果";

    private final Random random;
    private int page = 2;

    SpacedLayout(Random random) {
        this.random = random;
    }

    void render(StringBuilder out, List<PrintedTable.Row> rows) {
        List<String> lines = new ArrayList<>();
        int verticalFrom = -1;
        for (PrintedTable.Row row : rows) {
            if (row.header()) {
                lines.add(String.join("   ", row.cells()));
                continue;
            }
            if (VERTICAL_GROUP.equals(row.group())) {
                verticalFrom = lines.size();
            } else if (row.group() != null) {
                lines.add("      " + row.group());
            }
            dataRow(lines, row);
            if (random.nextInt(12) == 0) {
                lines.add("");
                lines.add("                              -" + page++ + "-");
                lines.add("");
            }
        }
        spreadDown(lines, verticalFrom);
        lines.forEach(l -> out.append(l).append('\n'));
    }

    private void dataRow(List<String> lines, PrintedTable.Row row) {
        String numbers = numbers(row.cells());
        if (row.label() == null) {
            lines.add(" ".repeat(LABEL_CHARS * 2) + numbers);
            return;
        }
        List<String> parts = wrap(row.label());
        if (parts.size() == 1) {
            lines.add(pad(parts.get(0)) + numbers);
            return;
        }
        boolean ownLine = random.nextBoolean();
        int numbersAt = ownLine ? 1 : (parts.size() - 1) / 2;
        for (int i = 0; i < parts.size(); i++) {
            if (ownLine && i == numbersAt) {
                lines.add(" ".repeat(LABEL_CHARS * 2) + numbers);
            }
            lines.add(!ownLine && i == numbersAt ? pad(parts.get(i)) + numbers : parts.get(i));
        }
    }

    /** Indents the table and puts one character of the group label before each line from {@code from} on (if ≥ 0). */
    private static void spreadDown(List<String> lines, int from) {
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            int k = i - from;
            String lead = from >= 0 && k >= 0 && k < VERTICAL_GROUP.length() - 1
                    ? (k == 0 ? VERTICAL_GROUP.substring(0, 2) : String.valueOf(VERTICAL_GROUP.charAt(k + 1)))
                    : "";
            if (line.strip().matches("-\\d+-")) {
                continue;
            }
            lines.set(i, (lead + "      ").substring(0, 6) + line);
        }
    }

    private static List<String> wrap(String label) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < label.length(); i += LABEL_CHARS) {
            parts.add(label.substring(i, Math.min(label.length(), i + LABEL_CHARS)));
        }
        return parts;
    }

    /** Pads a label to the label column: CJK characters are two columns wide. */
    private static String pad(String label) {
        int width = 0;
        for (int i = 0; i < label.length(); i++) {
            width += label.charAt(i) < 0x2E80 ? 1 : 2;
        }
        return label + " ".repeat(Math.max(2, LABEL_CHARS * 2 + 2 - width));
    }

    private static String numbers(List<String> cells) {
        StringBuilder s = new StringBuilder();
        for (String cell : cells) {
            s.append(" ".repeat(Math.max(2, NUMBER_WIDTH - cell.length()))).append(cell);
        }
        return s.toString();
    }
}
