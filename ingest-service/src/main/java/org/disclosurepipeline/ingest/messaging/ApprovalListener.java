package org.disclosurepipeline.ingest.messaging;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.disclosurepipeline.contract.events.ApprovalChangedEvent;
import org.disclosurepipeline.contract.events.EventCodec;
import org.disclosurepipeline.ingest.service.UploadLocks;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Follows {@code approvals.changed}: an approved report is locked against new uploads until it is returned. A record
 * that cannot be read or stored goes to {@code decisions.dlq} with the reason.
 */
@ApplicationScoped
public class ApprovalListener {

    @Inject
    UploadLocks locks;

    @Incoming("approvals")
    @Blocking
    public void onApproval(String json) {
        locks.apply(EventCodec.decode(json, ApprovalChangedEvent.class));
    }
}
