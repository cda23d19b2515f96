package org.disclosurepipeline.aggregation.model;

import java.util.List;
import java.util.Map;

/**
 * A reviewer's queue for a region and year: the current reports inside it, how many stand in each state, and the
 * approval states of the region and its parts one level down (what a city or province reviewer approves).
 */
public record ReviewQueue(String region, int year, Map<String, Integer> counts, List<QueueItem> reports,
        List<ApprovalState> parts) {
}
