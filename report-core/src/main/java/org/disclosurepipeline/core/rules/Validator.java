package org.disclosurepipeline.core.rules;

import java.util.List;
import org.disclosurepipeline.core.rules.structure.NotAReportRule;

/**
 * Applies the catalogue to one report and gives the verdict. Stateless and thread-safe. A document that is not a
 * report gets that finding and no list of checks that could not be made on it.
 */
public final class Validator {

    private final RuleCatalog catalog;

    public Validator(RuleCatalog catalog) {
        this.catalog = catalog;
    }

    public static Validator standard() {
        return new Validator(RuleCatalog.standard());
    }

    public ValidationResult validate(RuleContext context) {
        Findings findings = new Findings();
        for (Rule rule : catalog.rules()) {
            findings.startRule(rule.descriptor());
            rule.check(context, findings);
        }
        List<Finding> all = withoutCascade(findings.all());
        Verdict verdict = all.stream().anyMatch(Finding::isError) ? Verdict.REJECTED : Verdict.VALIDATED;
        return new ValidationResult(verdict, all, RuleCatalog.VERSION);
    }

    /** Once the document is found not to be a report, the checks that could not be made say nothing more. */
    private static List<Finding> withoutCascade(List<Finding> all) {
        boolean notAReport = all.stream().anyMatch(f -> f.rule().equals(NotAReportRule.CODE));
        return !notAReport ? all : all.stream()
                .filter(f -> f.rule().equals(NotAReportRule.CODE) || f.status() != FindingStatus.NOT_ASSESSABLE)
                .toList();
    }
}
