package org.disclosurepipeline.core.rules;

import java.util.List;

/** The verdict on one report, the findings behind it, and the version of the catalogue that produced them. */
public record ValidationResult(Verdict verdict, List<Finding> findings, String rulesVersion) {

    public ValidationResult {
        findings = List.copyOf(findings);
    }

    public List<Finding> errors() {
        return findings.stream().filter(Finding::isError).toList();
    }

    public List<Finding> nonErrors() {
        return findings.stream().filter(f -> !f.isError()).toList();
    }
}
