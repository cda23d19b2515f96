package org.disclosurepipeline.localstack.chaos;

/**
 * The invariant checker's figures for a set of uploads: every 202 must end in exactly one verdict, in every store,
 * counted once.
 *
 * @param accepted     uploads answered 202 (or 200 for the same submission after a lost answer)
 * @param verdicts     of those, submissions VALIDATED or REJECTED in ingest
 * @param lost         accepted submissions missing from a store they must be in (ingest, reports.raw, validation's
 *                     verdicts, aggregation's facts)
 * @param twice        reports counted more often than their distinct (agency, year) allow, in the county rollups
 * @param stuck        accepted submissions without a final status after the pipeline had time to settle
 * @param deadLettered records on the dead-letter topics (for a phase: those naming its submissions)
 */
public record Figures(int accepted, int verdicts, int lost, int twice, int stuck, int deadLettered) {

    public boolean clean() {
        return lost == 0 && twice == 0 && stuck == 0 && deadLettered == 0 && verdicts == accepted;
    }

    public String line() {
        return "accepted " + accepted + ", verdicts " + verdicts + ", lost " + lost + ", counted twice " + twice
                + ", stuck " + stuck + ", dead-lettered " + deadLettered;
    }
}
