package org.disclosurepipeline.core.parse;

import org.disclosurepipeline.core.model.DisclosureReport;

/** The structured report and what the parser noticed while reading it. */
public record ParsedReport(DisclosureReport report, ParseDiagnostics diagnostics) {
}
