package org.disclosurepipeline.common.intake;

import java.time.Year;
import org.disclosurepipeline.contract.events.RegionCode;
import org.disclosurepipeline.core.regions.RegionLevel;
import org.disclosurepipeline.core.regions.RegionRegistry;

/** Checks of the agency and year a report is for: why they are wrong, or null when they are right. */
public final class ReportKeys {

    private ReportKeys() {
    }

    public static String agencyProblem(String agency) {
        if (agency == null || agency.isBlank()) {
            return "missing: the 9-digit code of the township, e.g. 610722111";
        }
        if (!RegionCode.isAgency(agency)) {
            return "'" + DeclaredType.shorten(agency) + "' is not a 9-digit township code";
        }
        if (RegionRegistry.bundled().find(agency).filter(r -> r.level() == RegionLevel.TOWNSHIP).isEmpty()) {
            return agency + " is not a township in the region registry";
        }
        return null;
    }

    public static String yearProblem(String year, int earliest) {
        int latest = Year.now().getValue();
        if (year == null || year.isBlank()) {
            return "missing: the report year, e.g. " + (latest - 1);
        }
        if (!year.matches("\\d{4}")) {
            return "'" + DeclaredType.shorten(year) + "' is not a year";
        }
        int y = Integer.parseInt(year);
        return y < earliest || y > latest ? y + " is out of range " + earliest + "–" + latest : null;
    }
}
