package org.disclosurepipeline.core.parse;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.disclosurepipeline.core.model.StatisticPeriod;

/** Reads the title, year, agency, statistic period and signing date from the text around the sections. */
final class MetadataReader {

    private static final Pattern TITLE_YEAR = Pattern.compile("(\\d{4})\\s*年");
    private static final Pattern TITLE_WORDS = Pattern.compile("政府信息公开.*(年度报告|工作)|年度报告");
    static final String DATE = "(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日";
    static final AnchoredPattern PERIOD = AnchoredPattern.of("统计期限.{0,6}?" + DATE + ".{0,4}?至\\s*" + DATE,
            "统计期限");
    private static final Pattern SIGNING_DATE = Pattern.compile(
            "^\\s*(?:" + DATE + "|(\\d{4})[-./](\\d{1,2})[-./](\\d{1,2}))\\s*$");
    static final Pattern AGENCY_SUFFIX = Pattern.compile(".{2,40}(人民政府|政府|办事处|街道|镇|乡|委员会|局|办公室)$");
    private static final int TITLE_SEARCH_LINES = 12;
    private static final int SIGNATURE_SEARCH_LINES = 8;

    private MetadataReader() {
    }

    /** The title: the first short lines (before the first section) that name the report, joined. */
    static String title(DocumentLines doc, int firstSectionLine) {
        StringBuilder title = new StringBuilder();
        int limit = Math.min(Math.min(doc.size(), TITLE_SEARCH_LINES), firstSectionLine);
        for (int i = 0; i < limit; i++) {
            String line = ScraperFields.withoutKey(doc.get(i).strip());
            if (line.isEmpty()) {
                continue;
            }
            if (line.length() > 60) {
                break;
            }
            if (title.length() > 0 || namesTheReport(line)) {
                title.append(line);
                if (line.endsWith("报告")) {
                    break;
                }
            }
        }
        return title.length() == 0 || !title.toString().contains("报告") ? null : title.toString();
    }

    /** TITLE_WORDS or TITLE_YEAR found in the line; the words each needs are looked for first. */
    private static boolean namesTheReport(String line) {
        boolean words = (line.contains("年度报告") || line.contains("政府信息公开")) && TITLE_WORDS.matcher(line).find();
        return words || line.indexOf('年') >= 0 && TITLE_YEAR.matcher(line).find();
    }

    static Integer titleYear(String title) {
        if (title == null) {
            return null;
        }
        Matcher m = TITLE_YEAR.matcher(title);
        return m.find() ? Integer.valueOf(m.group(1)) : null;
    }

    /** The agency as the title names it: the words before the year. */
    static String agencyFromTitle(String title) {
        if (title == null) {
            return null;
        }
        Matcher m = TITLE_YEAR.matcher(title);
        if (!m.find() || m.start() < 2) {
            return null;
        }
        return title.substring(0, m.start()).strip();
    }

    private static final Pattern OPENING_YEAR = Pattern.compile("^\\s*(\\d{4})\\s*年");

    /** The year an overview opens with (2024年，二里镇坚持…), or null. */
    static Integer openingYear(String overview) {
        Matcher m = overview == null ? null : OPENING_YEAR.matcher(overview);
        return m != null && m.find() ? Integer.valueOf(m.group(1)) : null;
    }

    static StatisticPeriod period(String text) {
        Matcher m = PERIOD.find(text);
        if (m == null) {
            return null;
        }
        LocalDate from = date(m.group(1), m.group(2), m.group(3));
        LocalDate to = date(m.group(4), m.group(5), m.group(6));
        return from == null || to == null ? null : new StatisticPeriod(from, to);
    }

    /**
     * The signature block: the agency and the date on the last lines of the document, below which a PDF's footer
     * may have left the last page's number (-6-).
     */
    static Signature signature(DocumentLines doc) {
        LocalDate date = null;
        String agency = null;
        int seen = 0;
        for (int i = doc.size() - 1; i >= 0 && seen < SIGNATURE_SEARCH_LINES; i--) {
            String line = doc.get(i).strip();
            if (line.isEmpty()) {
                continue;
            }
            seen++;
            if (date == null && PageNumbers.isPageNumber(line)) {
                continue;
            }
            // a date line starts with its year's first digit
            Matcher m = line.charAt(0) >= '0' && line.charAt(0) <= '9' ? SIGNING_DATE.matcher(line) : null;
            if (date == null && m != null && m.matches()) {
                date = m.group(1) != null ? date(m.group(1), m.group(2), m.group(3))
                        : date(m.group(4), m.group(5), m.group(6));
                continue;
            }
            if (date != null && agency == null && line.length() <= 40 && AGENCY_SUFFIX.matcher(line).matches()) {
                agency = line;
            }
            break;
        }
        return new Signature(agency, date);
    }

    record Signature(String agency, LocalDate date) {
    }

    private static LocalDate date(String y, String m, String d) {
        try {
            return LocalDate.of(Integer.parseInt(y), Integer.parseInt(m), Integer.parseInt(d));
        } catch (DateTimeException e) {
            return null;
        }
    }
}
