package org.disclosurepipeline.core.rules.arithmetic;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.disclosurepipeline.core.regions.RegionLevel;
import org.disclosurepipeline.core.rules.Agency;
import org.disclosurepipeline.core.rules.FindingStatus;
import org.disclosurepipeline.core.rules.Findings;
import org.disclosurepipeline.core.rules.Location;
import org.disclosurepipeline.core.rules.Rule;
import org.disclosurepipeline.core.rules.RuleContext;
import org.disclosurepipeline.core.rules.RuleDescriptor;
import org.disclosurepipeline.core.rules.Severity;
import org.disclosurepipeline.core.template.RowDef;
import org.disclosurepipeline.core.template.TemplateCatalog;

/**
 * R-T2-FEE-UNIT: the 行政事业性收费 amount of T2 is in 万元 (10,000 yuan). An amount with more than four decimals
 * (finer than one yuan) looks like yuan entered in the 万元 column; so does one of 1,000 万元 and more, but only for a
 * township: a county or a city department may well collect 3415.74 万元, and of an agency whose level is not known
 * nothing is said (a deliberate difference from a check on size alone).
 */
public final class FeeUnitRule implements Rule {

    /** Four decimals of 万元 are one yuan: more is finer than the fen-less amounts reports give. */
    private static final int MAX_SCALE = 4;
    /** 1,000 万元 = 10 million yuan of fees: implausible for a township. */
    private static final BigDecimal IMPLAUSIBLE = new BigDecimal("1000");
    private static final BigDecimal TEN_THOUSAND = new BigDecimal("10000");

    private static final RuleDescriptor DESCRIPTOR = new RuleDescriptor("R-T2-FEE-UNIT", Severity.INFO, "arithmetic",
            "The 行政事业性收费 amount of T2 (in 万元) looks like an amount in 元: more than four decimals, or, for a "
                    + "township, 1,000 万元 or more (a county or city may collect that much; an agency of unknown level "
                    + "is not judged on size).",
            "表二“行政事业性收费”金额（单位：万元）疑似按“元”填写：小数超过四位，或乡镇填报达到1000万元以上（县、市可能确有"
                    + "此数；层级不明的机关不按金额大小判断）。",
            "T2 行政事业性收费 reads 3500: 35 million yuan; if 3500 元 was meant, enter 0.35");

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public void check(RuleContext context, Findings findings) {
        RowDef row = TemplateCatalog.ACTIVE_DISCLOSURE_2021.get(5);
        String key = row.cellKeys().get(0);
        if (!context.figures().has(key)) {
            return; // no 2021 T2 (the 2019 one has no amount): nothing to check
        }
        Location location = new Location(row.table().section().key(), "T2", row.key(), null);
        BigDecimal fee = context.figures().decimal(key);
        if (fee == null) {
            findings.notAssessable("T2 行政事业性收费 is empty, so its unit cannot be checked",
                    "表二“行政事业性收费”为空，无法核对其单位", location, List.of(key));
            return;
        }
        boolean tooFine = fee.stripTrailingZeros().scale() > MAX_SCALE;
        Agency agency = Agency.of(context);
        boolean township = agency != null && agency.level() == RegionLevel.TOWNSHIP;
        if (!tooFine && (!township || fee.compareTo(IMPLAUSIBLE) < 0)) {
            return;
        }
        String asTenThousand = fee.divide(TEN_THOUSAND, 6, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
        String shown = fee.toPlainString();
        String why = tooFine ? "has more than four decimals (finer than one yuan)"
                : "is 1,000 万元 (10 million yuan) or more";
        String whyZh = tooFine ? "小数超过四位（精确到不足一元）" : "达到1000万元（一千万元）以上";
        findings.add(Severity.INFO, FindingStatus.FAIL,
                "T2 行政事业性收费 reads " + shown + " 万元, which " + why + ": the column is in 万元 (10,000 yuan); if "
                        + shown + " yuan was meant, enter " + asTenThousand,
                "表二“行政事业性收费”填了" + shown + "万元，" + whyZh + "：该栏单位为万元；如实际为" + shown + "元，应填"
                        + asTenThousand,
                location, null, null, List.of(key));
    }
}
