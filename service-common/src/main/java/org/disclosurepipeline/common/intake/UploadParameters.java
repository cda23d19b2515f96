package org.disclosurepipeline.common.intake;

import jakarta.ws.rs.core.MultivaluedMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.disclosurepipeline.common.http.Problem;
import org.disclosurepipeline.common.http.ProblemException;

/**
 * The agency and year a report is for (query parameters or form fields), checked all at once so that one answer
 * names every mistake. Uploads need both; the dry run takes either, but judges what it is given the same way.
 *
 * @param agency the 9-digit township code, or null when optional and absent
 * @param year   the report year, or null when optional and absent
 */
public record UploadParameters(String agency, Integer year) {

    private static final Set<String> KNOWN = Set.of("agency", "year");

    public static UploadParameters required(MultivaluedMap<String, String> parameters, int earliestYear) {
        return check(parameters, earliestYear, true);
    }

    public static UploadParameters optional(MultivaluedMap<String, String> parameters, int earliestYear) {
        return check(parameters, earliestYear, false);
    }

    private static UploadParameters check(MultivaluedMap<String, String> parameters, int earliestYear,
            boolean required) {
        List<Problem.FieldError> errors = new ArrayList<>();
        for (String name : parameters.keySet()) {
            if (!KNOWN.contains(name)) {
                errors.add(new Problem.FieldError(DeclaredType.shorten(name),
                        "unknown parameter; expected agency and year"));
            } else if (parameters.get(name).size() > 1) {
                errors.add(new Problem.FieldError(name, "given " + parameters.get(name).size() + " times; give it once"));
            }
        }
        String agency = parameters.getFirst("agency");
        String agencyProblem = required || agency != null ? ReportKeys.agencyProblem(agency) : null;
        if (agencyProblem != null) {
            errors.add(new Problem.FieldError("agency", agencyProblem));
        }
        String year = parameters.getFirst("year");
        String yearProblem = required || year != null ? ReportKeys.yearProblem(year, earliestYear) : null;
        if (yearProblem != null) {
            errors.add(new Problem.FieldError("year", yearProblem));
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(Problem.of(400, "Invalid upload parameters",
                    errors.size() == 1 ? errors.get(0).field() + ": " + errors.get(0).reason()
                            : errors.size() + " parameters are wrong").withErrors(errors));
        }
        return new UploadParameters(agency, year == null ? null : Integer.valueOf(year));
    }
}
