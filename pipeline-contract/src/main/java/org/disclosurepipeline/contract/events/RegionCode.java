package org.disclosurepipeline.contract.events;

import java.util.regex.Pattern;

/**
 * The 统计用区划代码 hierarchy: a 9-digit township code starts with its 6-digit county, 4-digit city and 2-digit
 * province codes.
 */
public final class RegionCode {

    private static final Pattern AGENCY = Pattern.compile("\\d{9}");
    private static final Pattern REGION = Pattern.compile("\\d{2}|\\d{4}|\\d{6}");

    private RegionCode() {
    }

    public static boolean isAgency(String code) {
        return code != null && AGENCY.matcher(code).matches();
    }

    public static boolean isRegion(String code) {
        return code != null && REGION.matcher(code).matches();
    }

    public static String county(String agencyCode) {
        return agencyCode.substring(0, 6);
    }

    public static String city(String agencyCode) {
        return agencyCode.substring(0, 4);
    }

    public static String province(String agencyCode) {
        return agencyCode.substring(0, 2);
    }

    /** province, city, county or township, by the length of the code. */
    public static String level(String code) {
        return switch (code.length()) {
            case 2 -> "province";
            case 4 -> "city";
            case 6 -> "county";
            case 9 -> "township";
            default -> throw new IllegalArgumentException("not a region code: " + code);
        };
    }
}
