package org.disclosurepipeline.ingest.rest;

import jakarta.ws.rs.core.MultivaluedMap;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.disclosurepipeline.contract.events.RegionCode;
import org.disclosurepipeline.contract.http.Problem;
import org.disclosurepipeline.contract.http.ProblemException;
import org.disclosurepipeline.core.regions.RegionRegistry;
import org.disclosurepipeline.core.regions.RegionLevel;

/** The query parameters of an upload, checked all at once so that one answer names every mistake. */
record UploadParameters(String agency, int year) {

    private static final Set<String> KNOWN = Set.of("agency", "year");

    static UploadParameters check(MultivaluedMap<String, String> query, int earliestYear) {
        List<Problem.FieldError> errors = new ArrayList<>();
        for (String name : query.keySet()) {
            if (!KNOWN.contains(name)) {
                errors.add(new Problem.FieldError(name, "unknown parameter; expected agency and year"));
            }
        }
        String agency = query.getFirst("agency");
        if (agency == null || agency.isBlank()) {
            errors.add(new Problem.FieldError("agency", "missing: the 9-digit code of the township, e.g. 610722111"));
        } else if (!RegionCode.isAgency(agency)) {
            errors.add(new Problem.FieldError("agency", "'" + agency + "' is not a 9-digit township code"));
        } else if (RegionRegistry.bundled().find(agency).filter(r -> r.level() == RegionLevel.TOWNSHIP).isEmpty()) {
            errors.add(new Problem.FieldError("agency", agency + " is not a township in the region registry"));
        }
        int year = 0;
        String yearText = query.getFirst("year");
        int latest = Year.now().getValue();
        if (yearText == null || yearText.isBlank()) {
            errors.add(new Problem.FieldError("year", "missing: the report year, e.g. " + (latest - 1)));
        } else if (!yearText.matches("\\d{4}")) {
            errors.add(new Problem.FieldError("year", "'" + yearText + "' is not a year"));
        } else {
            year = Integer.parseInt(yearText);
            if (year < earliestYear || year > latest) {
                errors.add(new Problem.FieldError("year", year + " is out of range " + earliestYear + "–" + latest));
            }
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(Problem.of(400, "Invalid upload parameters",
                    errors.size() == 1 ? errors.get(0).field() + ": " + errors.get(0).reason()
                            : errors.size() + " parameters are wrong").withErrors(errors));
        }
        return new UploadParameters(agency, year);
    }
}
