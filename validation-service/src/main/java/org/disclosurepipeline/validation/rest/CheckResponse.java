package org.disclosurepipeline.validation.rest;

import java.util.List;
import org.disclosurepipeline.core.model.DisclosureReport;
import org.disclosurepipeline.core.rules.Finding;
import org.disclosurepipeline.core.rules.Verdict;

/** The dry-run answer: the same verdict, structured report and findings as the report-check CLI prints. */
public record CheckResponse(Verdict verdict, DisclosureReport report, List<Finding> findings, String rulesVersion) {
}
