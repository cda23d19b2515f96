package org.disclosurepipeline.core.rules;

/**
 * What a rule is, as subscribers and clerks read it in the catalogue.
 *
 * @param code          the stable code subscribers filter on, e.g. R-T3-BALANCE
 * @param severity      the severity of its failures (a rule that can fail at two levels names the higher)
 * @param category      structure, numbers, arithmetic, metadata, narrative or across-years
 * @param meaning       what it checks, in English
 * @param meaningZh     what it checks, in Chinese
 * @param example       an example of a failure, in English
 */
public record RuleDescriptor(String code, Severity severity, String category, String meaning, String meaningZh,
        String example) {
}
