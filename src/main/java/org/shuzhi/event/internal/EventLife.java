package org.shuzhi.event.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.shuzhi.event.EventAction;
import org.shuzhi.event.EventSource;
import org.shuzhi.event.EventState;
import org.shuzhi.event.HandlingLevel;
import org.shuzhi.event.Urgency;

/**
 * One generated event as it stands at the end of its demo year, with every step that brought it there. The
 * milestone times follow the same rules as {@link EventRepository#update}: first acceptance, latest dispatch,
 * latest handling, closure cleared by a reopening.
 */
final class EventLife {

    long id;
    String key;
    EventSource source;
    String categoryCode;
    String title;
    Urgency urgency;
    Double lat;
    Double lng;
    String gridCode;
    String regionCode;
    String reporterPhone;
    String reporterAccount;
    EventState state;
    HandlingLevel level;
    String assignedRegionCode;
    String assignedDepartment;
    String dispatchExplanation;
    Instant reportedAt;
    Instant acceptedAt;
    Instant dispatchedAt;
    Instant handledAt;
    Instant closedAt;
    Instant dueAt;
    boolean overdue;
    int returns;
    int reopens;
    /** The timeline with the actor scope of each step. */
    final List<TimelineEntry> steps = new ArrayList<>();
    final List<String> stepScopes = new ArrayList<>();

    /** Records a step and moves the event to its target state, stamping the milestone it reaches. */
    void step(Instant at, EventAction action, EventState to, String actor, String actorScope, String reason,
            String details) {
        steps.add(new TimelineEntry(at, action, state, to, actor, reason, details));
        stepScopes.add(actorScope);
        state = to;
        switch (to) {
            case ACCEPTED -> acceptedAt = acceptedAt == null ? at : acceptedAt;
            case DISPATCHED -> {
                dispatchedAt = at;
                closedAt = null;
            }
            case HANDLED -> handledAt = at;
            case CLOSED, REJECTED -> closedAt = at;
            default -> { }
        }
    }

    /** The time of the latest step. */
    Instant last() {
        return steps.get(steps.size() - 1).at();
    }

    /** Each transition bumps the version, as the repository's optimistic lock does. */
    int version() {
        return steps.size() - 1;
    }
}
