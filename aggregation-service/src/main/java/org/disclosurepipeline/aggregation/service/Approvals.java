package org.disclosurepipeline.aggregation.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.disclosurepipeline.aggregation.messaging.DecisionPublisher;
import org.disclosurepipeline.aggregation.model.ApprovalDecision;
import org.disclosurepipeline.aggregation.model.ApprovalState;
import org.disclosurepipeline.aggregation.model.ReportFact;
import org.disclosurepipeline.contract.events.ApprovalChangedEvent;
import org.disclosurepipeline.contract.events.RegionCode;
import org.disclosurepipeline.common.http.ProblemException;

/**
 * Approval by level (as DHIS2 does it up the organisation tree): a county approves its townships' reports when they
 * have no open errors, a city its counties once every township that reported is approved, a province its cities
 * once their counties are. An approval is undone only by a return for correction, top down: a township cannot be
 * returned while its county is approved. Each change is announced on {@code approvals.changed} inside its
 * transaction; changes of one year are serialised by an advisory lock.
 */
@ApplicationScoped
public class Approvals {

    private static final int LOCK_SPACE = 4715;

    @Inject
    EntityManager em;

    @Inject
    ApprovalQueries queries;

    @Inject
    DecisionPublisher publisher;

    @Transactional
    public ApprovalDecision approve(String code, int year, String decidedBy, String approver) {
        lockYear(year);
        if (latestApproved(code, year)) {
            throw conflict(code + " is already approved for " + year);
        }
        UUID submission = null;
        if (RegionCode.isAgency(code)) {
            ReportFact fact = ReportFact.find("agencyCode = ?1 and year = ?2 and current = true", code, year)
                    .firstResult();
            if (fact == null) {
                throw conflict("there is no " + year + " report of " + code + " to approve");
            }
            int open = ReviewState.of(fact).openErrors();
            if (open > 0) {
                throw conflict("the " + year + " report of " + code + " has " + open + " open error(s); it can be "
                        + "approved once they are corrected by a new upload or dismissed in review");
            }
            submission = fact.submissionId;
        } else {
            List<String> reported = queries.reportingChildren(code, year);
            if (reported.isEmpty()) {
                throw conflict("no report of " + year + " in " + code + " yet");
            }
            Map<String, ApprovalState> states = queries.latest(code, year);
            List<String> waiting = reported.stream()
                    .filter(c -> states.get(c) == null || !ApprovalDecision.APPROVED.equals(states.get(c).state()))
                    .toList();
            if (!waiting.isEmpty()) {
                throw conflict(waiting.size() + " of the " + reported.size() + " parts of " + code + " that reported"
                        + " are not approved yet: " + String.join(", ", waiting.stream().limit(20).toList()));
            }
        }
        return record(code, year, ApprovalDecision.APPROVED, null, submission, decidedBy, approver);
    }

    @Transactional
    public ApprovalDecision giveBack(String code, int year, String reason, String decidedBy, String approver) {
        lockYear(year);
        if (!latestApproved(code, year)) {
            throw conflict(code + " is not approved for " + year + "; only an approval can be returned");
        }
        String parent = parent(code);
        if (parent != null && latestApproved(parent, year)) {
            throw conflict(parent + ", which " + code + " is part of, is approved for " + year
                    + "; the level above must return " + parent + " first");
        }
        return record(code, year, ApprovalDecision.RETURNED, reason, null, decidedBy, approver);
    }

    private ApprovalDecision record(String code, int year, String state, String reason, UUID submission,
            String decidedBy, String approver) {
        ApprovalDecision d = new ApprovalDecision();
        d.decisionId = UUID.randomUUID();
        d.regionCode = code;
        d.year = year;
        d.state = state;
        d.reason = reason;
        d.submissionId = submission;
        d.approver = approver;
        d.decidedBy = decidedBy;
        d.decidedAt = Instant.now();
        d.persistAndFlush();
        publisher.publish(new ApprovalChangedEvent(d.decisionId, code, RegionCode.level(code), year, state, reason,
                approver, decidedBy, d.decidedAt));
        return d;
    }

    private boolean latestApproved(String code, int year) {
        return ApprovalDecision.latest(code, year).map(ApprovalDecision::approved).orElse(false);
    }

    private void lockYear(int year) {
        em.createNativeQuery("select count(*) from (select pg_advisory_xact_lock(:space, :year)) l").setParameter("space", LOCK_SPACE)
                .setParameter("year", year).getSingleResult();
    }

    /** The level above: a township's county, a county's city, a city's province; none above a province. */
    static String parent(String code) {
        return switch (code.length()) {
            case 9 -> code.substring(0, 6);
            case 6 -> code.substring(0, 4);
            case 4 -> code.substring(0, 2);
            default -> null;
        };
    }

    private static ProblemException conflict(String reason) {
        return ProblemException.field(409, "Conflict", "regionCode", reason);
    }
}
