package org.disclosurepipeline.core.rules;

import org.disclosurepipeline.core.model.DisclosureReport;
import org.disclosurepipeline.core.model.Figures;
import org.disclosurepipeline.core.parse.Correction;
import org.disclosurepipeline.core.parse.ParseDiagnostics;
import org.disclosurepipeline.core.parse.ParsedReport;

/**
 * Everything a rule may look at: the parsed report (with any corrections of its cells applied) and what the parser
 * noticed, the submission, the agency's accepted report of the previous year (null when unknown), the settings, and
 * the correction of cells by a person that made this version of the report (null for an upload).
 */
public record RuleContext(ParsedReport parsed, Submission submission, DisclosureReport previousYear,
        RuleSettings settings, Correction correction) {

    public RuleContext {
        submission = submission == null ? Submission.unknown() : submission;
        settings = settings == null ? RuleSettings.defaults() : settings;
    }

    /** A report as uploaded: no correction. */
    public RuleContext(ParsedReport parsed, Submission submission, DisclosureReport previousYear,
            RuleSettings settings) {
        this(parsed, submission, previousYear, settings, null);
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
