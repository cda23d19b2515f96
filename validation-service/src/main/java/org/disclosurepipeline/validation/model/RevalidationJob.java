package org.disclosurepipeline.validation.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * A re-validation of a year (or of a region in it) from {@code reports.raw} under this deployment's rules version,
 * and how far it got.
 *
 * @param logRecords     records of reports.raw when it started: what it reads
 * @param scanned        records read so far
 * @param matched        of those, submissions of the year and region
 * @param rechecked      submissions checked again under the new rules version
 * @param alreadyChecked submissions already under this rules version (a resumed job, or reported since)
 * @param withoutEarlier re-checked submissions without an earlier verdict on record (checked before versions were kept)
 * @param changed        re-checked submissions whose verdict changed
 * @param nowRejected    of those, validated before and rejected now
 * @param nowValidated   of those, rejected before and validated now
 * @param changedByRule  for each rule, the changed verdicts it caused (errors it now reports, or no longer reports)
 * @param unreadable     records that are not raw report events
 */
public record RevalidationJob(UUID id, int year, String region, String rulesVersion, String state, long logRecords,
        long scanned, long matched, long rechecked, long alreadyChecked, long withoutEarlier, long changed,
        long nowRejected, long nowValidated, Map<String, Long> changedByRule, long unreadable, Instant startedAt,
        Instant updatedAt, Instant finishedAt, String failure) {

    public RevalidationJob {
        Map<String, Long> sorted = new LinkedHashMap<>();
        changedByRule.entrySet().stream().sorted((a, b) -> Long.compare(b.getValue(), a.getValue()))
                .forEach(e -> sorted.put(e.getKey(), e.getValue()));
        changedByRule = sorted;
    }

    /** Re-checks per second since the start (until the end, when finished). */
    @JsonProperty
    public double recheckedPerSecond() {
        Instant until = finishedAt != null ? finishedAt : updatedAt;
        double seconds = Duration.between(startedAt, until).toMillis() / 1000.0;
        return seconds <= 0 ? 0 : rechecked / seconds;
    }
}
