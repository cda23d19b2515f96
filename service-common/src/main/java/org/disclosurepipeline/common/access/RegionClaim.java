package org.disclosurepipeline.common.access;

import org.disclosurepipeline.core.regions.RegionRegistry;

/**
 * The {@code region} claim of a token: a real province, city, county or township code of the region registry, and
 * the agencies and regions it covers (the codes that start with it).
 */
public final class RegionClaim {

    private RegionClaim() {
    }

    /** The claim as the token carries it (a JSON string or number), without quotes; null when absent. */
    public static String text(Object claim) {
        if (claim == null) {
            return null;
        }
        String text = claim.toString().strip();
        if (text.length() >= 2 && text.startsWith("\"") && text.endsWith("\"")) {
            text = text.substring(1, text.length() - 1).strip();
        }
        return text;
    }

    /** Why the claim cannot scope a token, or null when it is a code of the registry. */
    public static String problem(String region) {
        if (region == null || region.isEmpty()) {
            return "the token carries no region code in its '" + Roles.REGION_CLAIM + "' claim";
        }
        if (region.length() > 12 || !region.chars().allMatch(c -> c >= '0' && c <= '9')
                || RegionRegistry.bundled().find(region).isEmpty()) {
            return "the token's '" + Roles.REGION_CLAIM + "' claim '" + shorten(region) + "' is not a code of the "
                    + "region registry (a province 61, city 6107, county 610722 or township 610722111)";
        }
        return null;
    }

    /** Whether a region covers a code: the agency or region lies inside it. */
    public static boolean covers(String region, String code) {
        return code != null && code.startsWith(region);
    }

    private static String shorten(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }
}
