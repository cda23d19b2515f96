package org.disclosurepipeline.core.rules;

/** One consistency check. A rule reads the context and adds findings; it never changes the report. */
public interface Rule {

    RuleDescriptor descriptor();

    void check(RuleContext context, Findings findings);
}
