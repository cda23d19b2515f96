package org.disclosurepipeline.core.rules.arithmetic;

import java.math.BigDecimal;
import java.util.List;
import org.disclosurepipeline.core.regions.RegionLevel;
import org.disclosurepipeline.core.rules.Agency;
import org.disclosurepipeline.core.rules.Findings;
import org.disclosurepipeline.core.rules.Location;
import org.disclosurepipeline.core.rules.Rule;
import org.disclosurepipeline.core.rules.RuleContext;
import org.disclosurepipeline.core.rules.RuleDescriptor;
import org.disclosurepipeline.core.rules.Severity;
import org.disclosurepipeline.core.template.ColumnDef;
import org.disclosurepipeline.core.template.RowDef;
import org.disclosurepipeline.core.template.TableId;
import org.disclosurepipeline.core.template.TemplateCatalog;

/**
 * R-T2-LOCAL-REGULATIONS: townships and counties have no power to make 规章 (only provincial governments and
 * those of cities with districts do), so the 规章 row of T2 should read 0. A non-zero count usually means the
 * agency's own documents were entered in the wrong row.
 */
public final class LocalRegulationsRule implements Rule {

    private static final RuleDescriptor DESCRIPTOR = new RuleDescriptor("R-T2-LOCAL-REGULATIONS", Severity.WARNING,
            "arithmetic",
            "Townships and counties cannot make 规章 (only provinces and cities with districts can): every cell of "
                    + "the 规章 row of T2 should be 0.",
            "乡镇和县级人民政府无权制定规章（只有省级和设区的市级人民政府可以制定）：表二“规章”一行应全部为0。",
            "T2 规章 本年制发件数 reads 2 in the report of 二里镇, a township government");

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public void check(RuleContext context, Findings findings) {
        Agency agency = Agency.of(context);
        if (agency == null || (agency.level() != RegionLevel.TOWNSHIP && agency.level() != RegionLevel.COUNTY)) {
            return; // only townships and counties are known to have no power to make 规章
        }
        RowDef row;
        List<ColumnDef> columns;
        if (context.diagnostics().foundTable(TableId.ACTIVE_DISCLOSURE)) {
            row = TemplateCatalog.ACTIVE_DISCLOSURE_2021.get(0);
            columns = row.columns();
        } else if (context.diagnostics().foundTable(TableId.ACTIVE_DISCLOSURE_2019)) {
            row = TemplateCatalog.ACTIVE_DISCLOSURE_2019.get(0);
            columns = row.columns().subList(0, 1); // 本年新制作数量: what the agency itself made
        } else {
            findings.notAssessable("T2 could not be read, so the 规章 row cannot be checked",
                    "未能读取表二，无法核对“规章”一行", Location.ofSection(TableId.ACTIVE_DISCLOSURE.section().key()),
                    List.of());
            return;
        }
        String levelEn = agency.level() == RegionLevel.TOWNSHIP ? "a township government" : "a county-level government";
        String levelZh = agency.level() == RegionLevel.TOWNSHIP ? "乡镇人民政府" : "县级人民政府";
        for (ColumnDef column : columns) {
            String key = row.cellKey(column);
            Location location = new Location(row.table().section().key(), "T2", row.key(), column.key());
            if (!context.figures().has(key)) {
                continue; // the row is missing: R-FMT-TABLE-MISSING says so
            }
            Long value = context.figures().count(key);
            if (value == null) {
                findings.notAssessable("T2 " + row.label() + " " + column.label() + " is empty, so it cannot be "
                                + "checked that it is 0", "表二“" + row.label() + "”行“" + column.label() + "”为空，无法核对是否为0",
                        location, List.of(key));
            } else if (value > 0) {
                findings.failSums("T2 row " + row.label() + " (regulations), column " + column.label() + " reads "
                                + value + ", but " + agency.describe() + " is " + levelEn + ", which cannot make 规章; "
                                + "enter 0 and count the agency's own documents under 行政规范性文件 if they are such",
                        "表二“" + row.label() + "”行“" + column.label() + "”填了" + value + "，但" + agency.name() + "是"
                                + levelZh + "，无权制定规章；请填0，本机关制发的文件如属行政规范性文件请计入“行政规范性文件”一行",
                        location, BigDecimal.valueOf(value), BigDecimal.ZERO, List.of(key));
            }
        }
    }
}
