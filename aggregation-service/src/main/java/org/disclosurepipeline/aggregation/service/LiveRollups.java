package org.disclosurepipeline.aggregation.service;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;
import jakarta.enterprise.context.ApplicationScoped;
import org.disclosurepipeline.contract.events.RollupChangedEvent;

/** Fans the rollup changes this instance hears on {@code rollups.changed} out to every open SSE stream. */
@ApplicationScoped
public class LiveRollups {

    private final BroadcastProcessor<RollupChangedEvent> changes = BroadcastProcessor.create();

    public void offer(RollupChangedEvent event) {
        changes.onNext(event);
    }

    /** Changes from now on; a slow client drops old changes rather than holding the others up. */
    public Multi<RollupChangedEvent> stream() {
        return changes.onOverflow().drop();
    }
}
