package org.disclosurepipeline.core.parse;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The "key: value" lines a website scraper writes before a page's text (标题:, 发布时间:, 发布机构:, 文号:, 栏目:,
 * 原文链接:). Their keys are not part of the report: the title is read without its key, and the page's publication
 * date and publisher stand in for a signature the page does not have.
 */
final class ScraperFields {

    static final String TITLE_KEY = "标题";
    private static final Pattern FIELD = Pattern.compile("^\\s*(标题|发布时间|发布日期|发布机构|文号|栏目|原文链接|来源)\\s*[:：]\\s*(.*)$");
    private static final Pattern DATE = Pattern.compile("^(\\d{4})[-./年](\\d{1,2})[-./月](\\d{1,2})");

    private final LocalDate published;
    private final String publisher;

    private ScraperFields(LocalDate published, String publisher) {
        this.published = published;
        this.publisher = publisher;
    }

    /** The fields on the lines before {@code end}; none when the document does not open with such lines. */
    static ScraperFields read(DocumentLines doc, int end) {
        LocalDate published = null;
        String publisher = null;
        for (int i = 0; i < Math.min(end, doc.size()); i++) {
            Matcher m = FIELD.matcher(doc.get(i));
            if (!m.matches()) {
                continue;
            }
            String value = m.group(2).strip();
            switch (m.group(1)) {
                case "发布时间", "发布日期" -> published = published != null ? published : date(value);
                case "发布机构" -> publisher = publisher != null || value.isEmpty() ? publisher : value;
                default -> { }
            }
        }
        return new ScraperFields(published, publisher);
    }

    /** The line without a scraper's key (标题: X → X); other lines as they are. */
    static String withoutKey(String line) {
        Matcher m = FIELD.matcher(line);
        return m.matches() && TITLE_KEY.equals(m.group(1)) ? m.group(2).strip() : line;
    }

    LocalDate published() {
        return published;
    }

    String publisher() {
        return publisher;
    }

    private static LocalDate date(String value) {
        Matcher m = DATE.matcher(value);
        if (!m.find()) {
            return null;
        }
        try {
            return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        } catch (DateTimeException e) {
            return null;
        }
    }
}
