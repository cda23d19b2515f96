package org.disclosurepipeline.core.parse;

import org.disclosurepipeline.core.template.TableId;

/**
 * A table, or a row of it, that could not be read: the place and the reason, in English and Chinese.
 *
 * @param table  the table
 * @param rowKey the dotted row key when one row is at fault, else null
 * @param reason why, in English
 * @param reasonZh why, in Chinese
 */
public record TableProblem(TableId table, String rowKey, String reason, String reasonZh) {
}
