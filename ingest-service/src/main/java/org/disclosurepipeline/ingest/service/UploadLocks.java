package org.disclosurepipeline.ingest.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import org.disclosurepipeline.contract.events.ApprovalChangedEvent;
import org.disclosurepipeline.contract.events.RegionCode;

/**
 * The lock on approved reports, kept from {@code approvals.changed}: the latest decision of each agency and year
 * (an older decision delivered late changes nothing). Approvals of whole regions lock nothing here: each of their
 * reports was approved, and so locked, on its own.
 */
@ApplicationScoped
public class UploadLocks {

    @Inject
    EntityManager em;

    @Transactional
    public void apply(ApprovalChangedEvent e) {
        if (!RegionCode.isAgency(e.regionCode())) {
            return;
        }
        em.createNativeQuery("insert into upload_lock (agency_code, report_year, state, approver, reason,"
                        + " approval_id, decided_at) values (:agency, :year, :state, :approver, :reason, :id, :at)"
                        + " on conflict (agency_code, report_year) do update set state = excluded.state,"
                        + " approver = excluded.approver, reason = excluded.reason, approval_id = excluded.approval_id,"
                        + " decided_at = excluded.decided_at where upload_lock.decided_at < excluded.decided_at")
                .setParameter("agency", e.regionCode()).setParameter("year", e.year()).setParameter("state", e.state())
                .setParameter("approver", e.approver()).setParameter("reason", e.reason())
                .setParameter("id", e.approvalId()).setParameter("at", e.decidedAt()).executeUpdate();
    }

    /** The refusal of a new upload for an approved report, or null when the report is open. */
    @SuppressWarnings("unchecked")
    public ReportLocked refusal(String agencyCode, int year) {
        List<Object> approvers = em.createNativeQuery("select coalesce(approver, 'admin') from upload_lock"
                        + " where agency_code = :agency and report_year = :year and state = :approved")
                .setParameter("agency", agencyCode).setParameter("year", year)
                .setParameter("approved", ApprovalChangedEvent.APPROVED).getResultList();
        return approvers.isEmpty() ? null : new ReportLocked(agencyCode, year, approvers.get(0).toString().trim());
    }
}
