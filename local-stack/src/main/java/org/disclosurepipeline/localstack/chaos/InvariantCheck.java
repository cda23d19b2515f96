package org.disclosurepipeline.localstack.chaos;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.disclosurepipeline.contract.events.Topics;
import org.disclosurepipeline.localstack.infra.LocalInfrastructure;

/**
 * Reads every store and topic once the pipeline has settled and checks what a 202 promises: exactly one final
 * status per accepted upload; ingest's submissions, the distinct {@code reports.raw} records, validation's verdicts
 * and aggregation's facts agree; every region's count equals the distinct accepted (agency, year) pairs under it;
 * nothing on a dead-letter topic.
 */
public final class InvariantCheck {

    /** The figures of all uploads and of each phase (by the fault in force when an upload was first sent). */
    public record Result(Figures total, List<Figures> phases, int submissions, int rawRecords, int distinctRaw,
            int validationVerdicts, int facts, int regions, int regionsAgreeing, int provinces,
            int provincesAgreeing) {
    }

    private static final Set<String> FINAL = Set.of("VALIDATED", "REJECTED");

    private final LocalInfrastructure infra;
    private final Stores stores;

    InvariantCheck(LocalInfrastructure infra) {
        this.infra = infra;
        this.stores = new Stores(infra);
    }

    /** Waits until every accepted submission is final in ingest and counted in aggregation, or {@code atMost}. */
    void awaitSettled(Set<String> accepted, Duration atMost) throws InterruptedException {
        long deadline = System.nanoTime() + atMost.toNanos();
        while (System.nanoTime() < deadline) {
            try {
                Map<String, String> statuses = stores.submissionStatuses();
                Set<String> facts = stores.facts();
                if (accepted.stream().allMatch(id -> FINAL.contains(statuses.get(id)) && facts.contains(id))) {
                    return;
                }
            } catch (IllegalStateException e) {
                // a database still recovering: ask again
            }
            Thread.sleep(2000);
        }
    }

    Result check(List<SteadyUploads.Upload> uploads, List<Integer> phaseOf, int phases, int year) {
        Map<String, String> statuses = stores.submissionStatuses();
        Set<String> verdicts = stores.verdicts();
        Set<String> facts = stores.facts();
        Map<String, Integer> counted = stores.counted(year);
        List<TopicReader.Entry> raw = TopicReader.readAll(infra.kafka().bootstrapServers(), Topics.RAW);
        Set<String> rawIds = new HashSet<>();
        raw.forEach(e -> rawIds.add(e.eventId()));
        List<String> deadLetters = new ArrayList<>();
        for (String dlq : List.of(Topics.RAW_DEAD_LETTER, Topics.OUTCOMES_DEAD_LETTER,
                Topics.INGEST_STATUS_DEAD_LETTER)) {
            TopicReader.readAll(infra.kafka().bootstrapServers(), dlq).forEach(e -> deadLetters.add(
                    String.valueOf(e.value())));
        }

        // the regions' expected counts: distinct accepted agencies (one year) under each county, city, province
        Map<String, Set<String>> expected = new TreeMap<>();
        Map<String, Integer> lastPhaseOfCounty = new HashMap<>();
        for (SteadyUploads.Upload u : uploads) {
            if (u.submissionId() != null) {
                String agency = u.report().agencyCode();
                for (int len : new int[] {2, 4, 6}) {
                    expected.computeIfAbsent(agency.substring(0, len), k -> new TreeSet<>()).add(agency);
                }
                lastPhaseOfCounty.merge(agency.substring(0, 6), phaseOf.get(u.index()), Math::max);
            }
        }
        Set<String> regions = new TreeSet<>(expected.keySet());
        regions.addAll(counted.keySet());
        int agreeing = 0;
        int provinces = 0;
        int provincesAgreeing = 0;
        int[] twiceByPhase = new int[phases];
        for (String region : regions) {
            int want = expected.getOrDefault(region, Set.of()).size();
            int have = counted.getOrDefault(region, 0);
            agreeing += want == have ? 1 : 0;
            if (region.length() == 2) {
                provinces++;
                provincesAgreeing += want == have ? 1 : 0;
            }
            if (region.length() == 6 && have > want) {
                twiceByPhase[lastPhaseOfCounty.getOrDefault(region, 0)] += have - want;
            }
        }

        int[][] byPhase = new int[phases][6];
        for (SteadyUploads.Upload u : uploads) {
            int[] f = byPhase[phaseOf.get(u.index())];
            String id = u.submissionId();
            if (id == null) {
                continue;
            }
            f[0]++;
            String status = statuses.get(id);
            if (FINAL.contains(status)) {
                f[1]++;
            }
            if (status == null || (FINAL.contains(status) && !(rawIds.contains(id) && verdicts.contains(id)
                    && facts.contains(id)))) {
                f[2]++;
            } else if (!FINAL.contains(status)) {
                f[4]++;
            }
            if (deadLetters.stream().anyMatch(v -> v.contains(id))) {
                f[5]++;
            }
        }
        List<Figures> perPhase = new ArrayList<>();
        int[] sum = new int[6];
        for (int p = 0; p < phases; p++) {
            byPhase[p][3] = twiceByPhase[p];
            perPhase.add(figures(byPhase[p]));
            for (int i = 0; i < 6; i++) {
                sum[i] += byPhase[p][i];
            }
        }
        sum[5] = deadLetters.size(); // all of them, whoever they name
        return new Result(figures(sum), perPhase, statuses.size(), raw.size(), rawIds.size(), verdicts.size(),
                facts.size(), regions.size(), agreeing, provinces, provincesAgreeing);
    }

    private static Figures figures(int[] f) {
        return new Figures(f[0], f[1], f[2], f[3], f[4], f[5]);
    }
}
