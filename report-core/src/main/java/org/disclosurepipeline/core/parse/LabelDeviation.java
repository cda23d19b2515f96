package org.disclosurepipeline.core.parse;

/** A row label that was recognised but differs from the official wording (e.g. a typo such as 逾期不补证). */
public record LabelDeviation(String rowKey, String found, String official, int line) {
}
