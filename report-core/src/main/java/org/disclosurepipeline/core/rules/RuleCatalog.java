package org.disclosurepipeline.core.rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.disclosurepipeline.core.rules.arithmetic.ApplicationsBalanceRule;
import org.disclosurepipeline.core.rules.arithmetic.ApplicationsRowTotalRule;
import org.disclosurepipeline.core.rules.arithmetic.FeeUnitRule;
import org.disclosurepipeline.core.rules.arithmetic.LocalRegulationsRule;
import org.disclosurepipeline.core.rules.arithmetic.OutcomeColumnsRule;
import org.disclosurepipeline.core.rules.arithmetic.ReviewLitigationSumRule;
import org.disclosurepipeline.core.rules.crossyear.CarryOverRule;
import org.disclosurepipeline.core.rules.crossyear.CopyRule;
import org.disclosurepipeline.core.rules.crossyear.StockRule;
import org.disclosurepipeline.core.rules.metadata.AgencyRule;
import org.disclosurepipeline.core.rules.metadata.DeadlineRule;
import org.disclosurepipeline.core.rules.metadata.YearRule;
import org.disclosurepipeline.core.rules.narrative.ApplicationsTextRule;
import org.disclosurepipeline.core.rules.narrative.FeeStatementRule;
import org.disclosurepipeline.core.rules.narrative.ForeignTextRule;
import org.disclosurepipeline.core.rules.narrative.ProblemsSectionRule;
import org.disclosurepipeline.core.rules.narrative.ReviewLitigationTextRule;
import org.disclosurepipeline.core.rules.narrative.SubtotalRule;
import org.disclosurepipeline.core.rules.narrative.YearTextRule;
import org.disclosurepipeline.core.rules.narrative.ZeroTextRule;
import org.disclosurepipeline.core.rules.structure.AmountUnitRule;
import org.disclosurepipeline.core.rules.structure.CorrectedCellRule;
import org.disclosurepipeline.core.rules.structure.EmptyCellRule;
import org.disclosurepipeline.core.rules.structure.FlattenedPageRule;
import org.disclosurepipeline.core.rules.structure.LabelRule;
import org.disclosurepipeline.core.rules.structure.MostlyBlankRule;
import org.disclosurepipeline.core.rules.structure.NotAReportRule;
import org.disclosurepipeline.core.rules.structure.NumberValidRule;
import org.disclosurepipeline.core.rules.structure.SectionsRule;
import org.disclosurepipeline.core.rules.structure.TableMissingRule;
import org.disclosurepipeline.core.rules.structure.TemplateVersionRule;

/**
 * The rule catalogue: every rule, registered once, in the order findings are reported. Adding a rule means adding
 * its class and one line here.
 */
public final class RuleCatalog {

    /** Bumped whenever a rule is added, removed or changes what it reports; travels with every verdict. */
    public static final String VERSION = "2026.12.4";

    private final Map<String, Rule> rules;

    private RuleCatalog(List<Rule> rules) {
        Map<String, Rule> byCode = new LinkedHashMap<>();
        for (Rule rule : rules) {
            if (byCode.put(rule.descriptor().code(), rule) != null) {
                throw new IllegalStateException("two rules share the code " + rule.descriptor().code());
            }
        }
        this.rules = byCode;
    }

    public static RuleCatalog standard() {
        List<Rule> rules = new ArrayList<>();
        // structure and numbers
        rules.add(new NotAReportRule());
        rules.add(new FlattenedPageRule());
        rules.add(new SectionsRule());
        rules.add(new TableMissingRule());
        rules.add(new NumberValidRule());
        rules.add(new AmountUnitRule());
        rules.add(new EmptyCellRule());
        rules.add(new MostlyBlankRule());
        rules.add(new TemplateVersionRule());
        rules.add(new LabelRule());
        // arithmetic (勾稽关系)
        rules.add(new ApplicationsBalanceRule());
        rules.add(new OutcomeColumnsRule());
        rules.add(new ApplicationsRowTotalRule());
        rules.addAll(ReviewLitigationSumRule.all());
        rules.add(new LocalRegulationsRule());
        rules.add(new FeeUnitRule());
        // metadata
        rules.add(new YearRule());
        rules.add(new AgencyRule());
        rules.add(new DeadlineRule());
        // narrative against tables
        rules.add(new ApplicationsTextRule());
        rules.add(new YearTextRule());
        rules.add(new ZeroTextRule());
        rules.add(new ReviewLitigationTextRule());
        rules.add(new SubtotalRule());
        rules.add(new ProblemsSectionRule());
        rules.add(new FeeStatementRule());
        rules.add(new ForeignTextRule());
        // across years (need the agency's previous report)
        rules.add(new CarryOverRule());
        rules.add(new StockRule());
        rules.add(new CopyRule());
        // what people changed in this version
        rules.add(new CorrectedCellRule());
        return new RuleCatalog(rules);
    }

    public List<Rule> rules() {
        return List.copyOf(rules.values());
    }

    public List<RuleDescriptor> descriptors() {
        return rules.values().stream().map(Rule::descriptor).toList();
    }

    public Rule rule(String code) {
        return rules.get(code);
    }
}
