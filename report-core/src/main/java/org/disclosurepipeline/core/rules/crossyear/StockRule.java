package org.disclosurepipeline.core.rules.crossyear;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.disclosurepipeline.core.rules.Findings;
import org.disclosurepipeline.core.rules.Location;
import org.disclosurepipeline.core.rules.Rule;
import org.disclosurepipeline.core.rules.RuleContext;
import org.disclosurepipeline.core.rules.RuleDescriptor;
import org.disclosurepipeline.core.rules.Severity;
import org.disclosurepipeline.core.template.RowDef;
import org.disclosurepipeline.core.template.TemplateCatalog;

/**
 * R-XY-STOCK: for 规章 and 行政规范性文件, documents in force now = in force last year + issued this year − repealed
 * this year (T2 of the 2021 template). Checked only when the agency's previous report is known.
 */
public final class StockRule implements Rule {

    private static final RuleDescriptor DESCRIPTOR = new RuleDescriptor("R-XY-STOCK", Severity.WARNING,
            "across-years",
            "For 规章 and 行政规范性文件 in T2: in force now = in force last year + issued this year − repealed this "
                    + "year.",
            "表二“规章”“行政规范性文件”：本年现行有效件数 = 上年现行有效件数 + 本年制发件数 − 本年废止件数。",
            "行政规范性文件: 12 in force, but 10 last year + 3 issued − 0 repealed = 13: left 12, right 13");

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public void check(RuleContext context, Findings findings) {
        if (context.previousYear() == null) {
            return; // the agency's previous report is not known: nothing to compare with
        }
        for (RowDef row : TemplateCatalog.ACTIVE_DISCLOSURE_2021.subList(0, 2)) {
            String inForce = row.rowKey() + ".inForce";
            String issued = row.rowKey() + ".issued";
            String repealed = row.rowKey() + ".repealed";
            String before = PreviousYear.CELL_PREFIX + inForce;
            Map<String, BigDecimal> values = new LinkedHashMap<>();
            values.put(inForce, context.figures().decimal(inForce));
            values.put(before, context.previousYear().figures().decimal(inForce));
            values.put(issued, context.figures().decimal(issued));
            values.put(repealed, context.figures().decimal(repealed));
            List<String> cells = new ArrayList<>(values.keySet());
            Location location = new Location("activeDisclosure", "T2", row.key(), "inForce");
            List<String> missing = values.entrySet().stream().filter(e -> e.getValue() == null).map(Map.Entry::getKey)
                    .toList();
            if (!missing.isEmpty()) {
                findings.notAssessable("T2 " + row.label() + ": " + String.join(", ", missing) + " empty or missing "
                                + "(last year's report may follow the 2019 template), so the stock cannot be checked",
                        "表二“" + row.label() + "”：" + String.join("、", missing) + "为空或缺失（上年报告可能使用2019年版模板），"
                                + "无法核对现行有效件数", location, missing);
                continue;
            }
            BigDecimal now = values.get(inForce);
            BigDecimal expected = values.get(before).add(values.get(issued)).subtract(values.get(repealed));
            if (now.compareTo(expected) != 0) {
                String sum = values.get(before).toPlainString() + " + " + values.get(issued).toPlainString() + " − "
                        + values.get(repealed).toPlainString() + " = " + expected.toPlainString();
                findings.failSums("T2 " + row.label() + ": 现行有效件数 reads " + now.toPlainString() + ", but "
                                + PreviousYear.en(context) + "'s 现行有效件数 + 本年制发件数 − 本年废止件数 is " + sum
                                + ": correct this year's figures, or explain the difference in section 六",
                        "表二“" + row.label() + "”：现行有效件数为" + now.toPlainString() + "，但" + PreviousYear.zh(context)
                                + "现行有效件数 + 本年制发件数 − 本年废止件数 = " + sum
                                + "：请更正本年数据，或在第六部分说明差异原因",
                        location, now, expected, cells);
            }
        }
    }
}
