package org.disclosurepipeline.core.rules;

import java.util.List;

/** Applies the catalogue to one report and gives the verdict. Stateless and thread-safe. */
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
        List<Finding> all = findings.all();
        Verdict verdict = all.stream().anyMatch(Finding::isError) ? Verdict.REJECTED : Verdict.VALIDATED;
        return new ValidationResult(verdict, all, RuleCatalog.VERSION);
    }
}
