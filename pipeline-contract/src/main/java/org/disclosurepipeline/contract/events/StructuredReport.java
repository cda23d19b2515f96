package org.disclosurepipeline.contract.events;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The structured report as outcome events carry it (docs/report-format.md). The cells are kept by dotted key
 * ({@code applications.denied.stateSecret.total}) in template order and written as nested objects, one per table;
 * a key with a null value is a cell the report left blank (never a guessed 0), an absent key a row the report's
 * template does not have. {@link StructuredReportJson} writes and reads the JSON.
 *
 * @param agencyName      the agency as the report names itself, or null
 * @param year            the report year N, or null
 * @param templateVersion 2021, 2019 or variant; null when no table could be read
 * @param publishedOn     the signing or publication date, or null
 * @param title           the report's title line, or null
 * @param statisticPeriod 统计期限 as the report states it, or null
 * @param cells           the table cells by dotted key: Long for counts, BigDecimal for amounts, null when blank
 * @param narrative       figures and statements read from the text, by name (numbers or booleans)
 * @param sections        the text of each section found, by section key
 */
@JsonSerialize(using = StructuredReportJson.Writer.class)
@JsonDeserialize(using = StructuredReportJson.Reader.class)
public record StructuredReport(
        String agencyName,
        Integer year,
        String templateVersion,
        LocalDate publishedOn,
        String title,
        Period statisticPeriod,
        Map<String, Number> cells,
        Map<String, Object> narrative,
        Map<String, String> sections) {

    /** The JSON keys of the statistical tables: T2 (2021 or 2019 template), T3, T4; the first part of a cell key. */
    public static final List<String> TABLES = List.of("activeDisclosure", "activeDisclosure2019", "applications",
            "reviewLitigation");

    public StructuredReport {
        cells = ordered(cells);
        narrative = ordered(narrative);
        sections = ordered(sections);
    }

    /** A cell's value as a decimal, or null when it is blank or absent. */
    public BigDecimal decimal(String key) {
        Number n = cells.get(key);
        return n == null ? null : n instanceof BigDecimal d ? d : BigDecimal.valueOf(n.longValue());
    }

    /** Keeps the order and the null values (blank cells) that {@code Map.copyOf} would refuse. */
    private static <V> Map<String, V> ordered(Map<String, ? extends V> map) {
        return map == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(map));
    }

    /** 统计期限: the period the report's figures cover. */
    public record Period(LocalDate from, LocalDate to) {
    }
}
