package org.disclosurepipeline.core.regions;

import java.util.Locale;

/** The levels of the 统计用区划代码, with the length of their codes. */
public enum RegionLevel {
    PROVINCE(2), CITY(4), COUNTY(6), TOWNSHIP(9);

    private final int codeLength;

    RegionLevel(int codeLength) {
        this.codeLength = codeLength;
    }

    public int codeLength() {
        return codeLength;
    }

    /** province, city, county or township. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static RegionLevel ofCode(String code) {
        for (RegionLevel level : values()) {
            if (level.codeLength == code.length()) {
                return level;
            }
        }
        throw new IllegalArgumentException("not a region code: " + code);
    }

    public static RegionLevel fromKey(String key) {
        return valueOf(key.toUpperCase(Locale.ROOT));
    }
}
