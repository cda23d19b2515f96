package org.disclosurepipeline.aggregation.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.disclosurepipeline.aggregation.service.LiveRollups;
import org.disclosurepipeline.contract.events.EventCodec;
import org.disclosurepipeline.contract.events.RollupChangedEvent;
import org.disclosurepipeline.contract.events.UnreadableEventException;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/**
 * Reads {@code rollups.changed} in a consumer group of its own (one per instance), so that each instance's SSE
 * clients see the changes made by every instance, not just by this one.
 */
@ApplicationScoped
public class LiveRollupConsumer {

    private static final Logger LOG = Logger.getLogger(LiveRollupConsumer.class);

    @Inject
    LiveRollups live;

    @Incoming("rollups-live")
    public void onChange(String value) {
        try {
            live.offer(EventCodec.decode(value, RollupChangedEvent.class));
        } catch (UnreadableEventException e) {
            LOG.warnf("skipping an unreadable rollups.changed record: %s", e.getMessage());
        }
    }
}
