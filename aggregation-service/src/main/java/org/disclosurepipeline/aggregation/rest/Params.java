package org.disclosurepipeline.aggregation.rest;

import org.disclosurepipeline.common.http.ProblemException;
import org.disclosurepipeline.core.regions.Region;
import org.disclosurepipeline.core.regions.RegionRegistry;

/** Query and path parameters, checked: a bad one is a 400 or 404 problem naming the parameter and the reason. */
final class Params {

    private Params() {
    }

    static int year(String value) {
        if (value == null || value.isBlank()) {
            throw ProblemException.field(400, "Bad request", "year", "missing, e.g. ?year=2024");
        }
        try {
            int year = Integer.parseInt(value.trim());
            if (year >= 2000 && year <= 2100) {
                return year;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw ProblemException.field(400, "Bad request", "year", "'" + shorten(value) + "' is not a report year (2000 to 2100)");
    }

    /** A province (2 digits), city (4), county (6) or, when allowed, township (9) of the registry. */
    static Region region(String code, boolean townshipAllowed) {
        return region("code", code, townshipAllowed);
    }

    /** The same, named by the parameter it came in. */
    static Region region(String field, String code, boolean townshipAllowed) {
        boolean shape = code != null && code.matches(townshipAllowed ? "\\d{2}|\\d{4}|\\d{6}|\\d{9}" : "\\d{2}|\\d{4}|\\d{6}");
        if (!shape) {
            throw ProblemException.field(404, "Not found", field, "'" + shorten(code) + "' is not a province (2 "
                    + "digits), city (4), county (6)" + (townshipAllowed ? " or township (9)" : "") + " code");
        }
        return RegionRegistry.bundled().find(code).orElseThrow(
                () -> ProblemException.field(404, "Not found", field, "no region " + code + " in the region registry"));
    }

    static String shorten(String s) {
        return s == null || s.length() <= 40 ? s : s.substring(0, 40) + "…";
    }

    /** Where a page starts: 0 or more. */
    static int offset(String value) {
        if (value == null || value.isBlank()) {
            return 0;
        }
        try {
            int n = Integer.parseInt(value.trim());
            if (n >= 0) {
                return n;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw ProblemException.field(400, "Bad request", "offset", "'" + shorten(value) + "' is not a number from 0 up");
    }

    static int limit(String value, int fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(value.trim());
            if (n >= 1 && n <= 1000) {
                return n;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw ProblemException.field(400, "Bad request", "limit", "'" + shorten(value) + "' is not a number from 1 to 1000");
    }

    /**
     * A region named by a query parameter: a 400 naming the parameter when it is missing, malformed or not in the
     * registry (a path that names no region is a 404; a bad parameter of a good path is the caller's error).
     */
    static Region queryRegion(String field, String code, boolean townshipAllowed) {
        if (code == null || code.isBlank()) {
            throw ProblemException.field(400, "Bad request", field, "missing, e.g. ?" + field + "=610722&year=2024");
        }
        try {
            return region(field, code.strip(), townshipAllowed);
        } catch (ProblemException e) {
            throw ProblemException.field(400, "Bad request", field, e.problem().errors().get(0).reason());
        }
    }

    /** true or false (absent: false). */
    static boolean flag(String field, String value) {
        if (value == null || value.isBlank() || value.equalsIgnoreCase("false")) {
            return false;
        }
        if (value.equalsIgnoreCase("true")) {
            return true;
        }
        throw ProblemException.field(400, "Bad request", field, "'" + shorten(value) + "' is not true or false");
    }
}
