package org.disclosurepipeline.core.rules.narrative;

import java.util.List;
import org.disclosurepipeline.core.model.Narrative;
import org.disclosurepipeline.core.rules.Findings;
import org.disclosurepipeline.core.rules.Location;
import org.disclosurepipeline.core.rules.Rule;
import org.disclosurepipeline.core.rules.RuleContext;
import org.disclosurepipeline.core.rules.RuleDescriptor;
import org.disclosurepipeline.core.rules.Severity;
import org.disclosurepipeline.core.template.RowDef;
import org.disclosurepipeline.core.template.SectionId;
import org.disclosurepipeline.core.template.TemplateCatalog;

/**
 * R-TXT-APPS: the application counts the overview states (收到/受理 N 件, 办结/答复 N 件, 上年度结转 N 件, 结转下年度 N 件)
 * equal the 总计 column of T3's rows 一 (newReceived), （七） (totalProcessed), 二 (carriedOver) and 四
 * (carriedForward). Which way a count was carried is read from its statement (含上年度结转申请34件 is row 二, 另有103件
 * 顺延到下年度 row 四). A count the text does not state is not checked.
 */
public final class ApplicationsTextRule implements Rule {

    private record Claim(String name, String row, String en, String zh) {
    }

    private static final List<Claim> CLAIMS = List.of(
            new Claim(Narrative.APPLICATIONS_RECEIVED, "newReceived", "applications were received (收到/受理)",
                    "收到/受理申请"),
            new Claim(Narrative.APPLICATIONS_COMPLETED, "totalProcessed", "applications were completed (办结/答复)",
                    "办结/答复申请"),
            new Claim(Narrative.APPLICATIONS_CARRIED_OVER, "carriedOver",
                    "applications were carried over from last year (上年度结转)", "上年度结转申请"),
            new Claim(Narrative.APPLICATIONS_CARRIED_FORWARD, "carriedForward",
                    "applications are carried forward to next year (结转下年度)", "结转下年度申请"));

    private static final RuleDescriptor DESCRIPTOR = new RuleDescriptor("R-TXT-APPS", Severity.WARNING, "narrative",
            "The application counts the text states (收到/受理 N 件, 办结/答复 N 件, 上年度结转 N 件, 结转下年度 N 件) "
                    + "equal the 总计 of T3's rows 一 (new applications), （七） (total processed), 二 (carried over "
                    + "from last year) and 四 (carried forward); which way a count was carried is read from its "
                    + "statement, not from the nearest number.",
            "正文所述申请数（收到/受理N件、办结/答复N件、上年度结转N件、结转下年度N件）与表三第一项、（七）总计、第二项、"
                    + "第四项的“总计”列一致；结转的方向按句意判断，而非取最近的数字。",
            "section 一 says 收到申请5件 but T3 一、本年新收政府信息公开申请数量 总计 reads 3: left 5, right 3");

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public void check(RuleContext context, Findings findings) {
        for (Claim claim : CLAIMS) {
            Long said = context.report().narrative().count(claim.name());
            if (said == null) {
                continue;
            }
            RowDef row = TemplateCatalog.row("applications." + claim.row());
            TextVsTable.compare(context, findings, said, said + " " + claim.en(), claim.zh() + said + "件",
                    List.of(row.rowKey() + ".total"),
                    "T3 row " + row.label() + ", column 总计", "表三“" + row.label() + "”的总计",
                    new Location(SectionId.OVERVIEW.key(), "T3", row.key(), "total"));
        }
    }
}
