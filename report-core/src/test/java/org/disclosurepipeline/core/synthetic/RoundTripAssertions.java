package org.disclosurepipeline.core.synthetic;

import java.math.BigDecimal;
import java.util.Map;
import org.disclosurepipeline.core.model.DisclosureReport;
import org.disclosurepipeline.core.parse.ParsedReport;

/** Compares what was generated with what was parsed. */
public final class RoundTripAssertions {

    private RoundTripAssertions() {
    }

    /** The first difference, or null when the parsed report equals the generated one. */
    public static String mismatch(SyntheticReport expected, ParsedReport parsed) {
        DisclosureReport report = parsed.report();
        if (report.year() == null || report.year() != expected.year()) {
            return "year " + report.year();
        }
        if (!expected.agencyName().equals(report.agencyName())) {
            return "agency " + report.agencyName();
        }
        if (report.templateVersion() != expected.template()) {
            return "template " + report.templateVersion();
        }
        if (!expected.signedOn().equals(report.publishedOn())) {
            return "signed " + report.publishedOn();
        }
        if (!report.figures().keys().equals(expected.figures().keySet())) {
            return "cells " + report.figures().keys().size() + " of " + expected.figures().size() + " "
                    + parsed.diagnostics();
        }
        return wrongValue(expected, report);
    }

    /** The first cell read with a value other than the generated one (empty cells are not wrong). */
    public static String wrongValue(SyntheticReport expected, DisclosureReport report) {
        for (Map.Entry<String, Number> cell : expected.figures().entrySet()) {
            Number found = report.figures().get(cell.getKey());
            if (found == null) {
                if (report.figures().has(cell.getKey())) {
                    return cell.getKey() + " empty, expected " + cell.getValue();
                }
                continue;
            }
            if (new BigDecimal(found.toString()).compareTo(new BigDecimal(cell.getValue().toString())) != 0) {
                return cell.getKey() + " = " + found + ", expected " + cell.getValue();
            }
        }
        return null;
    }
}
