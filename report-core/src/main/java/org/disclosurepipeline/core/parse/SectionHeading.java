package org.disclosurepipeline.core.parse;

import org.disclosurepipeline.core.template.SectionId;

/**
 * A section heading as found in the document.
 *
 * @param section      which section it opens
 * @param text         the heading line as written
 * @param line         1-based line number
 * @param official     true when numbering and wording are the template's (一、总体情况)
 * @param knownWording true when it is numbered as the template numbers it and worded, word for word, as one of the
 *                     other titles TemplateCatalog knows for the section (五、政府信息公开工作存在的主要问题及改进情况)
 */
public record SectionHeading(SectionId section, String text, int line, boolean official, boolean knownWording) {
}
