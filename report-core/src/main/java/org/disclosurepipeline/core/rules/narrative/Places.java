package org.disclosurepipeline.core.rules.narrative;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.stream.Collectors;
import org.disclosurepipeline.core.regions.Region;
import org.disclosurepipeline.core.regions.RegionLevel;
import org.disclosurepipeline.core.regions.RegionRegistry;
import org.disclosurepipeline.core.rules.RuleVocabulary;

/**
 * Provinces, cities and counties of the registry, to find the places a text names. Township names are left out:
 * there are 41,000 of them and many are ordinary words. A short name (新郑 for 新郑市) alone is too often an
 * ordinary word too (开平 in 公开平台, 共和 in 共和国), so it counts only right after a slogan (和谐新郑).
 */
final class Places {

    /** A place: its registry entry and where it is, for messages. */
    record Place(Region region, String shortName) {

        String describe() {
            List<Region> path = RegionRegistry.bundled().path(region.code());
            String above = path.subList(0, path.size() - 1).stream().map(Region::name)
                    .filter(n -> !RuleVocabulary.NOT_A_PLACE.matcher(n).matches()).collect(Collectors.joining(" "));
            return above.isEmpty() ? region.name() : region.name() + " (" + above + ")";
        }
    }

    private static final int MIN_FULL_NAME = 3;
    private static final int MIN_SHORT_NAME = 2;
    private static final int MAX_SHORT_NAME = 4;

    private static final class Index {
        static final List<Place> ALL = build();
        static final Map<String, List<Place>> BY_SHORT_NAME = ALL.stream()
                .collect(Collectors.groupingBy(Place::shortName));
        static final Map<String, List<Place>> BY_FULL_NAME = ALL.stream()
                .collect(Collectors.groupingBy(p -> p.region().name()));
        /**
         * The full names long enough to look for, by their first two characters: by the first alone, a common one
         * (新, 东, 南 …) has a hundred names to try at every place of the text where it stands.
         */
        static final Map<Integer, List<String>> FULL_NAMES_BY_PREFIX = BY_FULL_NAME.keySet().stream()
                .filter(name -> name.length() >= MIN_FULL_NAME)
                .collect(Collectors.groupingBy(name -> prefix(name, 0)));
    }

    private Places() {
    }

    /** A place named in the text, with where the name starts and ends. */
    record Mention(Place place, String term, int start, int end) {
    }

    /**
     * Places outside the given province that the text names by full name or after a slogan, in order of
     * appearance. A name that a place of the agency's own province also bears (朝阳区) is not foreign.
     */
    static List<Mention> outside(String provinceCode, String text) {
        // where each name first occurs, in one pass over the text (not one search per name: there are thousands)
        Map<String, Integer> first = new HashMap<>();
        for (int i = 0; i + MIN_FULL_NAME <= text.length(); i++) {
            List<String> names = Index.FULL_NAMES_BY_PREFIX.get(prefix(text, i));
            if (names != null) {
                for (String name : names) {
                    if (text.startsWith(name, i)) {
                        first.putIfAbsent(name, i);
                    }
                }
            }
        }
        List<Mention> found = new ArrayList<>();
        first.forEach((name, at) -> {
            Place place = foreign(Index.BY_FULL_NAME.get(name), provinceCode);
            if (place != null) {
                found.add(new Mention(place, name, at, at + name.length()));
            }
        });
        Matcher slogan = RuleVocabulary.SLOGAN.matcher(text);
        while (slogan.find()) {
            for (int len = MAX_SHORT_NAME; len >= MIN_SHORT_NAME; len--) {
                int end = slogan.end() + len;
                List<Place> places = end > text.length() ? null
                        : Index.BY_SHORT_NAME.get(text.substring(slogan.end(), end));
                Place place = places == null ? null : foreign(places, provinceCode);
                if (place != null) {
                    found.add(new Mention(place, text.substring(slogan.start(), end), slogan.start(), end));
                    break;
                }
            }
        }
        found.sort(java.util.Comparator.comparingInt(Mention::start).thenComparingInt(m -> -m.end()));
        return found;
    }

    /** The two characters at {@code i} as one key. */
    private static int prefix(String s, int i) {
        return s.charAt(i) << 16 | s.charAt(i + 1);
    }

    /** The first of the places bearing one name, unless one of them is in the given province. */
    private static Place foreign(List<Place> namesakes, String provinceCode) {
        boolean home = namesakes.stream().anyMatch(p -> p.region().code().startsWith(provinceCode));
        return home ? null : namesakes.get(0);
    }

    private static List<Place> build() {
        List<Place> places = new ArrayList<>();
        for (Region r : RegionRegistry.bundled().all()) {
            if (r.level() == RegionLevel.TOWNSHIP || RuleVocabulary.NOT_A_PLACE.matcher(r.name()).matches()) {
                continue;
            }
            String shortName = RuleVocabulary.REGION_SUFFIX.matcher(r.name()).replaceFirst("");
            places.add(new Place(r, shortName.length() >= MIN_SHORT_NAME ? shortName : r.name()));
        }
        places.sort((a, b) -> a.region().code().compareTo(b.region().code()));
        return List.copyOf(places);
    }
}
