package org.disclosurepipeline.aggregation.model;

import java.time.Instant;
import java.util.Map;

/**
 * How the pipeline is doing, pipeline-wide: every aggregation instance answers the same figures.
 *
 * @param outcomesPerSecond verdicts stored per second by all instances, averaged over the last minute (a
 *                          redelivery is not stored again; a re-validation's newer verdict is)
 * @param outcomesTotal     verdicts stored in all (one per submission)
 * @param consumerLag       records of reports.validated / reports.rejected not yet applied, per topic
 * @param totalLag          their sum
 * @param deadLetters       records on each dead-letter topic
 * @param totalDeadLetters  their sum
 * @param readAt            when lag and dead letters were last read from the broker (null: not yet)
 * @param brokerError       why the last read failed, or null
 */
public record PipelineHealth(double outcomesPerSecond, long outcomesTotal, Map<String, Long> consumerLag,
        long totalLag, Map<String, Long> deadLetters, long totalDeadLetters, Instant readAt, String brokerError) {
}
