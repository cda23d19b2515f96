package org.disclosurepipeline.aggregation.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.util.List;

/**
 * Who has reported in a region for a year, against the townships the registry expects there.
 *
 * @param dueOn        the deadline (reports received by the end of this day, local time, are on time)
 * @param expected     townships of the region in the registry
 * @param submitted    agencies with a current submission (validated or rejected)
 * @param validated    of those, validated
 * @param rejected     of those, rejected
 * @param onTime       of those, received by the deadline
 * @param missingCount expected townships without any submission
 * @param missing      those townships by code and name (only on single-region answers; null in lists)
 */
public record Completeness(LocalDate dueOn, long expected, long submitted, long validated, long rejected,
        long onTime, long missingCount, List<Agency> missing) {

    /** An agency by its code and registry name. */
    public record Agency(String code, String name) {
    }

    /** Share of the expected townships that have submitted, 0 to 1; null when none are expected. */
    @JsonProperty
    public Double reportedShare() {
        return expected == 0 ? null : (double) (expected - missingCount) / expected;
    }

    /** Submitted after the deadline. */
    @JsonProperty
    public long late() {
        return submitted - onTime;
    }
}
