package org.disclosurepipeline.core.rules;

import org.disclosurepipeline.core.model.DisclosureReport;
import org.disclosurepipeline.core.model.Figures;
import org.disclosurepipeline.core.parse.ParseDiagnostics;
import org.disclosurepipeline.core.parse.ParsedReport;

/**
 * Everything a rule may look at: the parsed report and what the parser noticed, the submission, the agency's
 * accepted report of the previous year (null when unknown) and the settings.
 */
public record RuleContext(ParsedReport parsed, Submission submission, DisclosureReport previousYear,
        RuleSettings settings) {

    public RuleContext {
        submission = submission == null ? Submission.unknown() : submission;
        settings = settings == null ? RuleSettings.defaults() : settings;
    }

    public DisclosureReport report() {
        return parsed.report();
    }

    public Figures figures() {
        return parsed.report().figures();
    }

    public ParseDiagnostics diagnostics() {
        return parsed.diagnostics();
    }

    /** The report year N: the year it is submitted for, else the year the report states; null when neither. */
    public Integer year() {
        return submission.year() != null ? submission.year() : report().year();
    }
}
