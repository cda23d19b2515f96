package org.disclosurepipeline.core;

import org.disclosurepipeline.core.model.DisclosureReport;
import org.disclosurepipeline.core.parse.CellCorrections;
import org.disclosurepipeline.core.parse.Correction;
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
        return check(text, submission, previousYear, null);
    }

    /** Parses the document as it is, applies a person's corrections of its cells (if any), then validates. */
    public CheckResult check(String text, Submission submission, DisclosureReport previousYear,
            Correction correction) {
        CellCorrections.Corrected corrected = CellCorrections.apply(parser.parse(text), correction);
        ParsedReport parsed = corrected.parsed();
        ValidationResult result = validator.validate(new RuleContext(parsed, submission, previousYear, settings,
                corrected.correction()));
        return new CheckResult(parsed.report(), result, corrected.correction());
    }

    /**
     * The structured report (as far as it could be read, corrections applied) and the verdict on it; the correction
     * as applied (each cell with what the parser had read), or null for a report as uploaded.
     */
    public record CheckResult(DisclosureReport report, ValidationResult validation, Correction correction) {

        public CheckResult(DisclosureReport report, ValidationResult validation) {
            this(report, validation, null);
        }
    }
}
