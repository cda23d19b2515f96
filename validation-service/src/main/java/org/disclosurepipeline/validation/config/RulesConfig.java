package org.disclosurepipeline.validation.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.MonthDay;
import java.time.format.DateTimeFormatter;
import org.disclosurepipeline.core.rules.RuleCatalog;
import org.disclosurepipeline.core.rules.RuleSettings;

/**
 * The rule catalogue's settings ({@code validation.rules.*}): deadlines, the copy threshold, and the revision of
 * these settings, which is part of the rules version every verdict carries.
 */
@ConfigMapping(prefix = "validation.rules")
public interface RulesConfig {

    /** Publication deadline in N+1 for departments and townships, MM-DD. */
    @WithDefault("01-31")
    String agencyDeadline();

    /** Publication deadline in N+1 for county-level and higher regional governments, MM-DD. */
    @WithDefault("03-31")
    String regionalDeadline();

    /** Share (0–1) of last year's narrative that may be repeated before R-XY-COPY warns. */
    @WithDefault("0.5")
    double copyThreshold();

    /**
     * Bumped by the operator whenever a setting above changes what the rules report, so that verdicts made under
     * the new settings carry a newer rules version (the catalogue's version, then {@code .revision}) and replace
     * older ones when a year is re-validated. 0: the catalogue's version alone.
     */
    @WithDefault("0")
    int revision();

    /** The rules version of this deployment's verdicts: {@code 2026.11.2}, or {@code 2026.11.2.3} at revision 3. */
    default String rulesVersion() {
        return revision() == 0 ? RuleCatalog.VERSION : RuleCatalog.VERSION + "." + revision();
    }

    default RuleSettings toSettings() {
        DateTimeFormatter monthDay = DateTimeFormatter.ofPattern("MM-dd");
        return new RuleSettings(MonthDay.parse(agencyDeadline(), monthDay),
                MonthDay.parse(regionalDeadline(), monthDay), copyThreshold());
    }
}
