package org.disclosurepipeline.aggregation.service;

import java.util.Set;

/**
 * Which findings a reviewer may dismiss. Warnings and infos always (a legitimate difference explained away); errors
 * only of the rules whose failure a person can judge better than the rule: the agency named in the report
 * (R-META-AGENCY: a renamed township, an office signing for its government) and the report's year (R-META-YEAR: a
 * typo in the title). An arithmetic error (a table that does not add up) is never dismissed: it is corrected by a
 * new upload. docs/review-and-approval.md says the same.
 */
public final class DismissableRules {

    public static final Set<String> ERRORS = Set.of("R-META-AGENCY", "R-META-YEAR");

    private DismissableRules() {
    }

    /** Why a finding of this rule and severity cannot be dismissed, or null when it can. */
    public static String refusal(String rule, String severity) {
        if (!"error".equals(severity) || ERRORS.contains(rule)) {
            return null;
        }
        return "an error of " + rule + " cannot be dismissed (only warnings, infos and the errors of "
                + String.join(", ", ERRORS.stream().sorted().toList()) + "); correct the report and upload it again";
    }
}
