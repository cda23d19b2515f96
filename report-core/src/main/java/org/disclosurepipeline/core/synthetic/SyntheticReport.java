package org.disclosurepipeline.core.synthetic;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.disclosurepipeline.core.template.OtherHandlingLayout;
import org.disclosurepipeline.core.template.RowDef;
import org.disclosurepipeline.core.template.TemplateCatalog;
import org.disclosurepipeline.core.template.TemplateVersion;

/**
 * A report made up by {@link ReportGenerator}: consistent figures for one template, with the metadata a renderer
 * prints. What a parser must read back from any rendering of it.
 *
 * @param agencyName the agency, as title and signature name it
 * @param year       report year N
 * @param template   2021, 2019 or the two-row variant
 * @param figures    every cell of the template's tables, by dotted key, in template order
 * @param signedOn   the date under the signature
 */
public record SyntheticReport(String agencyName, int year, TemplateVersion template, Map<String, Number> figures,
        LocalDate signedOn) {

    public SyntheticReport {
        figures = Collections.unmodifiableMap(new LinkedHashMap<>(figures));
    }

    /** The shape of T3's （六） block that this template prints. */
    public OtherHandlingLayout otherHandlingLayout() {
        return layoutOf(template);
    }

    static OtherHandlingLayout layoutOf(TemplateVersion template) {
        return switch (template) {
            case V2021 -> OtherHandlingLayout.THREE_ROWS;
            case VARIANT -> OtherHandlingLayout.TWO_ROWS;
            case V2019 -> OtherHandlingLayout.SINGLE;
        };
    }

    /** The T2 rows of this template. */
    public List<RowDef> activeDisclosureRows() {
        return template == TemplateVersion.V2019 ? TemplateCatalog.ACTIVE_DISCLOSURE_2019
                : TemplateCatalog.ACTIVE_DISCLOSURE_2021;
    }

    public List<RowDef> applicationRows() {
        return TemplateCatalog.applicationRows(otherHandlingLayout());
    }

    /** The value of a cell. */
    public Number get(String key) {
        return figures.get(key);
    }

    /** The cell as it is printed: whole numbers plainly, amounts without exponent. */
    public String printed(String key) {
        Number n = figures.get(key);
        return n instanceof java.math.BigDecimal d ? d.toPlainString() : String.valueOf(n);
    }

    public String title() {
        return agencyName + year + "年政府信息公开工作年度报告";
    }
}
