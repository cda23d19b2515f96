package org.disclosurepipeline.aggregation.model;

import java.util.List;

/**
 * One page of a listing: its items, and how many there are in all. Listings are paged so that what an answer
 * holds is bounded by the page, not by the size of the region or of the year.
 */
public record Page<T>(List<T> items, long total, int offset, int limit) {

    /** Whether there are items after this page. */
    public boolean hasMore() {
        return offset + items.size() < total;
    }
}
