package org.disclosurepipeline.aggregation.rest;

import java.util.List;
import org.disclosurepipeline.core.regions.Region;
import org.disclosurepipeline.core.regions.RegionRegistry;

/** A region of the registry with its ancestors (province first) and the regions one level below it. */
public record RegionView(String code, String name, String level, List<Ref> path, List<Ref> children) {

    /** A region by code, name and level. */
    public record Ref(String code, String name, String level) {
        static Ref of(Region r) {
            return new Ref(r.code(), r.name(), r.level().key());
        }
    }

    static RegionView of(Region region) {
        RegionRegistry registry = RegionRegistry.bundled();
        return new RegionView(region.code(), region.name(), region.level().key(),
                registry.path(region.code()).stream().map(Ref::of).toList(),
                registry.children(region.code()).stream().map(Ref::of).toList());
    }
}
