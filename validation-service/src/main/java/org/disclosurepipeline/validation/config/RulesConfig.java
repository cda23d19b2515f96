package org.disclosurepipeline.validation.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.MonthDay;
import java.time.format.DateTimeFormatter;
import org.disclosurepipeline.core.rules.RuleSettings;

/** The rule catalogue's settings ({@code validation.rules.*}): deadlines and the copy threshold. */
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

    default RuleSettings toSettings() {
        DateTimeFormatter monthDay = DateTimeFormatter.ofPattern("MM-dd");
        return new RuleSettings(MonthDay.parse(agencyDeadline(), monthDay),
                MonthDay.parse(regionalDeadline(), monthDay), copyThreshold());
    }
}
