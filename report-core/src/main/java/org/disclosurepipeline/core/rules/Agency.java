package org.disclosurepipeline.core.rules;

import java.util.List;
import java.util.stream.Collectors;
import org.disclosurepipeline.core.regions.Region;
import org.disclosurepipeline.core.regions.RegionLevel;
import org.disclosurepipeline.core.regions.RegionRegistry;

/**
 * The agency a report is for, as far as it is known: from the submission's code and the region registry, else
 * from the submission's name, else from the name the report gives itself.
 *
 * @param code  the 统计用区划代码 (9 digits for a township), or null
 * @param name  the registered name (边昭镇), else the name as given; null when a code the registry does not know
 *              comes with no name at all
 * @param level the level of government, or null when it cannot be told
 * @param path  the registry's regions from the province down to the agency, empty when unknown
 */
public record Agency(String code, String name, RegionLevel level, List<Region> path) {

    public Agency {
        path = List.copyOf(path);
    }

    /** The agency of the context, or null when neither the submission nor the report names one. */
    public static Agency of(RuleContext context) {
        Submission s = context.submission();
        if (s.agencyCode() != null && s.agencyCode().matches("\\d{2}|\\d{4}|\\d{6}|\\d{9}")) {
            List<Region> path = RegionRegistry.bundled().path(s.agencyCode());
            String name = !path.isEmpty() ? path.get(path.size() - 1).name()
                    : s.agencyName() != null ? s.agencyName() : context.report().agencyName();
            return new Agency(s.agencyCode(), name, RegionLevel.ofCode(s.agencyCode()), path);
        }
        String name = s.agencyName() != null ? s.agencyName() : context.report().agencyName();
        return name == null ? null : new Agency(null, name, levelOfName(name), List.of());
    }

    private static RegionLevel levelOfName(String name) {
        if (RuleVocabulary.TOWNSHIP_NAME.matcher(name).matches()) {
            return RegionLevel.TOWNSHIP;
        }
        return RuleVocabulary.COUNTY_NAME.matcher(name).matches() ? RegionLevel.COUNTY : null;
    }

    /** The first two digits of a code the registry knows, or null. */
    public String provinceCode() {
        return path.isEmpty() ? null : code.substring(0, 2);
    }

    /** The township's name without 镇/乡/街道 (边昭镇 → 边昭), or the name itself for other agencies. */
    public String coreName() {
        if (name == null) {
            return null;
        }
        String n = name.replace(RuleVocabulary.PEOPLES_GOVERNMENT, "");
        for (String suffix : RuleVocabulary.TOWNSHIP_SUFFIXES) {
            if (n.endsWith(suffix) && n.length() - suffix.length() >= 2) {
                return n.substring(0, n.length() - suffix.length());
            }
        }
        return n;
    }

    /** 镇, 乡 or 街道 for a township, else null. */
    public String townshipKind() {
        if (level != RegionLevel.TOWNSHIP || name == null) {
            return null;
        }
        String n = name.replace(RuleVocabulary.PEOPLES_GOVERNMENT, "");
        return RuleVocabulary.WHOLE_TOWNSHIP.keySet().stream().filter(n::endsWith).findFirst().orElse(null);
    }

    /** For messages: 边昭镇 (220822104, 吉林省 白城市 通榆县). */
    public String describe() {
        if (name == null) {
            return code;
        }
        if (path.size() < 2) {
            return code == null ? name : name + " (" + code + ")";
        }
        String above = path.subList(0, path.size() - 1).stream().map(Region::name)
                .filter(n -> !n.equals("市辖区") && !n.equals("县")).collect(Collectors.joining(" "));
        return name + " (" + code + ", " + above + ")";
    }
}
