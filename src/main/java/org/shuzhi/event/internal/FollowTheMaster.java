package org.shuzhi.event.internal;

import java.util.Set;

import org.shuzhi.event.EventAction;
import org.shuzhi.event.EventState;
import org.shuzhi.event.EventTransitioned;
import org.shuzhi.event.EventView;
import org.shuzhi.platform.DataScope;
import org.shuzhi.platform.Unscoped;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Merged events follow their master (合并事件随主事件办结): when the master is handled, verified, closed or rejected,
 * every event merged into it gets that step on its own timeline — so whoever reported a duplicate sees the outcome
 * (e.g. as the progress of an Open311 request). The merged events stay {@link EventState#MERGED}.
 *
 * <p>Runs after the master's transition has committed, in a transaction of its own and on the same thread (an
 * explicit transactional listener rather than an asynchronous module listener, so the step is there when the
 * master's caller gets the answer); a failure here does not undo the master's step.
 */
@Component
class FollowTheMaster {

    /** The master's states its merged events follow. */
    static final Set<EventState> FOLLOWED = Set.of(EventState.HANDLED, EventState.VERIFIED, EventState.CLOSED,
            EventState.REJECTED);

    private final EventRepository events;
    private final TimelineRepository timeline;

    FollowTheMaster(EventRepository events, TimelineRepository timeline) {
        this.events = events;
        this.timeline = timeline;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    @Unscoped("the master's step was allowed in its actor's scope; the events merged into it follow wherever they are")
    void follow(EventTransitioned step) {
        if (step.from() == step.to() || !FOLLOWED.contains(step.to())) {
            return;
        }
        String details = "{\"master\": %d, \"action\": \"%s\", \"masterState\": \"%s\", \"by\": \"%s\"}"
                .formatted(step.id(), step.action(), step.to(), step.actor().replaceAll("[\"\\\\]", ""));
        for (EventView merged : events.merged(step.id(), DataScope.all())) {
            timeline.append(merged.id(), new TimelineEntry(step.at(), EventAction.FOLLOW_MASTER, EventState.MERGED,
                    EventState.MERGED, Actor.system().name(), null, details), null, DataScope.all());
        }
    }
}
