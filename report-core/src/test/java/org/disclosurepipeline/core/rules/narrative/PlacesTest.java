package org.disclosurepipeline.core.rules.narrative;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.disclosurepipeline.core.regions.Region;
import org.disclosurepipeline.core.regions.RegionLevel;
import org.disclosurepipeline.core.regions.RegionRegistry;
import org.disclosurepipeline.core.rules.RuleVocabulary;
import org.junit.jupiter.api.Test;

/**
 * The places a text names by full name are found where each name first occurs, exactly as searching the text for
 * every name of the registry one by one would find them.
 */
class PlacesTest {

    static final RegionRegistry REGIONS = RegionRegistry.bundled();

    /** By brute force: every full name of 3 or more characters, searched for in the text. */
    static Set<String> expected(String provinceCode, String text) {
        Set<String> out = new HashSet<>();
        List<Region> named = REGIONS.all().stream().filter(r -> r.level() != RegionLevel.TOWNSHIP
                && !RuleVocabulary.NOT_A_PLACE.matcher(r.name()).matches() && r.name().length() >= 3).toList();
        for (Region r : named) {
            int at = text.indexOf(r.name());
            boolean home = named.stream().anyMatch(o -> o.name().equals(r.name())
                    && o.code().startsWith(provinceCode));
            if (at >= 0 && !home) {
                out.add(r.name() + "@" + at);
            }
        }
        return out;
    }

    static Set<String> found(String provinceCode, String text) {
        Set<String> out = new HashSet<>();
        for (Places.Mention m : Places.outside(provinceCode, text)) {
            if (m.term().equals(m.place().region().name())) {
                out.add(m.term() + "@" + m.start());
            }
        }
        return out;
    }

    @Test
    void fullNamesAreFoundAtTheirFirstOccurrenceAsASearchForEachWouldFindThem() {
        Random random = new Random(12);
        List<Region> places = REGIONS.all().stream().filter(r -> r.level() != RegionLevel.TOWNSHIP).toList();
        for (int round = 0; round < 40; round++) {
            StringBuilder text = new StringBuilder("我镇紧紧围绕中心工作，");
            for (int i = 0; i < 12; i++) {
                text.append("学习借鉴").append(places.get(random.nextInt(places.size())).name()).append("经验，");
                if (random.nextBoolean()) { // names overlapping and repeated
                    text.append(places.get(random.nextInt(places.size())).name().substring(0, 2));
                }
            }
            String province = List.of("61", "41", "11", "22", "44").get(round % 5);
            assertThat(found(province, text.toString())).as(text.toString())
                    .isEqualTo(expected(province, text.toString()));
        }
        List<Places.Mention> ordered = Places.outside("61", "北京市朝阳区与河南省郑州市，又见北京市");
        assertThat(ordered).extracting(Places.Mention::start).isSorted();
        assertThat(ordered).extracting(Places.Mention::term).contains("北京市", "郑州市");
    }
}
