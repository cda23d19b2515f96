package org.disclosurepipeline.validation.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.disclosurepipeline.validation.model.Revalidations;
import org.disclosurepipeline.validation.model.Verdicts;

/**
 * Counts what a batch of re-checks changed against the verdicts on record: verdicts that flipped, and the rules
 * that flipped them (the errors a rejected report now has and did not have, or the errors a validated one lost).
 */
@ApplicationScoped
public class RevalidationTally {

    @Inject
    Revalidations jobs;

    void add(UUID job, Map<UUID, Verdicts.Verdict> before, List<Verdicts.Verdict> after) {
        long rechecked = 0;
        long withoutEarlier = 0;
        long nowRejected = 0;
        long nowValidated = 0;
        Map<String, Long> byRule = new HashMap<>();
        for (Verdicts.Verdict now : after) {
            Verdicts.Verdict was = before.get(now.submissionId());
            if (was != null && was.rulesVersion().equals(now.rulesVersion())) {
                continue; // already re-checked and counted (a retried batch)
            }
            rechecked++;
            if (was == null) {
                withoutEarlier++;
            } else if (!was.verdict().equals(now.verdict())) {
                List<String> causes;
                if (now.verdict().equals("REJECTED")) {
                    nowRejected++;
                    causes = new ArrayList<>(now.errorRules());
                    causes.removeAll(was.errorRules());
                } else {
                    nowValidated++;
                    causes = was.errorRules();
                }
                causes.forEach(rule -> byRule.merge(rule, 1L, Long::sum));
            }
        }
        jobs.add(job, new Revalidations.Tally(rechecked, withoutEarlier, nowRejected, nowValidated, byRule));
    }
}
