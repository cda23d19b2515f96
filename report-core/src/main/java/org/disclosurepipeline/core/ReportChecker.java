package org.disclosurepipeline.core;

import org.disclosurepipeline.core.model.DisclosureReport;
import org.disclosurepipeline.core.parse.ParsedReport;
import org.disclosurepipeline.core.parse.ReportParser;
import org.disclosurepipeline.core.rules.RuleCatalog;
import org.disclosurepipeline.core.rules.RuleContext;
import org.disclosurepipeline.core.rules.RuleSettings;
import org.disclosurepipeline.core.rules.Submission;
import org.disclosurepipeline.core.rules.ValidationResult;
import org.disclosurepipeline.core.rules.Validator;

/** Parse, then validate: the one entry point that the CLI and the validation service share. Thread-safe. */
public final class ReportChecker {

    private final ReportParser parser = new ReportParser();
    private final Validator validator;
    private final RuleSettings settings;

    public ReportChecker(RuleCatalog catalog, RuleSettings settings) {
        this.validator = new Validator(catalog);
        this.settings = settings;
    }

    public static ReportChecker standard() {
        return new ReportChecker(RuleCatalog.standard(), RuleSettings.defaults());
    }

    /** Checks a report's text without knowing the previous year. */
    public CheckResult check(String text, Submission submission) {
        return check(text, submission, null);
    }

    public CheckResult check(String text, Submission submission, DisclosureReport previousYear) {
        ParsedReport parsed = parser.parse(text);
        ValidationResult result = validator.validate(new RuleContext(parsed, submission, previousYear, settings));
        return new CheckResult(parsed.report(), result);
    }

    /** The structured report (as far as it could be read) and the verdict on it. */
    public record CheckResult(DisclosureReport report, ValidationResult validation) {
    }
}
