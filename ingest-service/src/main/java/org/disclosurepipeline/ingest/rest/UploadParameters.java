package org.disclosurepipeline.ingest.rest;

import jakarta.ws.rs.core.MultivaluedMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.disclosurepipeline.contract.http.Problem;
import org.disclosurepipeline.contract.http.ProblemException;
import org.disclosurepipeline.ingest.service.ReportKeys;

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
        String agencyProblem = ReportKeys.agencyProblem(agency);
        if (agencyProblem != null) {
            errors.add(new Problem.FieldError("agency", agencyProblem));
        }
        String year = query.getFirst("year");
        String yearProblem = ReportKeys.yearProblem(year, earliestYear);
        if (yearProblem != null) {
            errors.add(new Problem.FieldError("year", yearProblem));
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(Problem.of(400, "Invalid upload parameters",
                    errors.size() == 1 ? errors.get(0).field() + ": " + errors.get(0).reason()
                            : errors.size() + " parameters are wrong").withErrors(errors));
        }
        return new UploadParameters(agency, Integer.parseInt(year));
    }
}
