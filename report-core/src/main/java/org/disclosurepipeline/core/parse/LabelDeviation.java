package org.disclosurepipeline.core.parse;

/**
 * A row label that was recognised but differs from the official wording.
 *
 * @param rowKey   the row it was read as
 * @param found    the label as written
 * @param official the template's label
 * @param line     1-based line of the label
 * @param kind     how it was recognised
 * @param before   for BY_PLACE, the official label of the row found before it (null: the table's start)
 * @param after    for BY_PLACE, the official label of the row found after it (null: the table's end)
 */
public record LabelDeviation(String rowKey, String found, String official, int line, Kind kind, String before,
        String after) {

    public enum Kind {
        /** A typo or two in a long label (逾期不补证 for 逾期不补正). */
        TYPO,
        /** A wording the template does not use but reports do, listed in TemplateCatalog (规范性文件). */
        VARIANT,
        /** A label too damaged to be recognised, read as the only row of the template that fits its place. */
        BY_PLACE
    }
}
