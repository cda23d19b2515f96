package org.disclosurepipeline.core.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** Collects the findings of one rule run, stamping each with the rule's code. */
public final class Findings {

    private final List<Finding> all = new ArrayList<>();
    private RuleDescriptor current;

    void startRule(RuleDescriptor rule) {
        this.current = rule;
    }

    /** A failure at the rule's own severity. */
    public void fail(String message, String messageZh, Location location) {
        add(current.severity(), FindingStatus.FAIL, message, messageZh, location, null, null, List.of());
    }

    /** A failure at a given severity, for rules that fail at more than one level. */
    public void fail(Severity severity, String message, String messageZh, Location location) {
        add(severity, FindingStatus.FAIL, message, messageZh, location, null, null, List.of());
    }

    /** An arithmetic failure with its two sides and the cells that went into them. */
    public void failSums(String message, String messageZh, Location location, BigDecimal left, BigDecimal right,
            List<String> cells) {
        add(current.severity(), FindingStatus.FAIL, message, messageZh, location, left, right, cells);
    }

    /**
     * The rule could not be checked because an input is missing (an empty cell, an absent table). Such a finding is
     * at most a warning: it is not a reason to reject; the missing input is reported by its own rule.
     */
    public void notAssessable(String message, String messageZh, Location location, List<String> cells) {
        Severity severity = current.severity() == Severity.ERROR ? Severity.WARNING : current.severity();
        add(severity, FindingStatus.NOT_ASSESSABLE, message, messageZh, location, null, null, cells);
    }

    public void add(Severity severity, FindingStatus status, String message, String messageZh, Location location,
            BigDecimal left, BigDecimal right, List<String> cells) {
        all.add(new Finding(current.code(), severity, status, message, messageZh, location, left, right, cells));
    }

    List<Finding> all() {
        return List.copyOf(all);
    }
}
