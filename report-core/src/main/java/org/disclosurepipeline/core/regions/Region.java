package org.disclosurepipeline.core.regions;

/**
 * One entry of the registry.
 *
 * @param code       2, 4, 6 or 9 digits
 * @param name       the official name (names repeat across the country: the code identifies)
 * @param level      province, city, county or township
 * @param parentCode the code one level up, or null for a province
 */
public record Region(String code, String name, RegionLevel level, String parentCode) {
}
