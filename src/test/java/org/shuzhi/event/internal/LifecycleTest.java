package org.shuzhi.event.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.shuzhi.event.EventAction;
import org.shuzhi.event.EventState;

/** The lifecycle table: every legal transition leads where the issue says, every other pair is refused. */
class LifecycleTest {

    /** action → (from → to) for every legal transition. */
    static final Map<EventAction, Map<EventState, EventState>> LEGAL = Map.ofEntries(
            Map.entry(EventAction.ACCEPT, Map.of(EventState.REPORTED, EventState.ACCEPTED)),
            Map.entry(EventAction.REJECT, Map.of(EventState.REPORTED, EventState.REJECTED)),
            Map.entry(EventAction.DISPATCH, Map.of(EventState.ACCEPTED, EventState.DISPATCHED)),
            Map.entry(EventAction.RECEIVE, Map.of(EventState.DISPATCHED, EventState.RECEIVED)),
            Map.entry(EventAction.START, Map.of(EventState.RECEIVED, EventState.HANDLING)),
            Map.entry(EventAction.HANDLE, Map.of(EventState.RECEIVED, EventState.HANDLED,
                    EventState.HANDLING, EventState.HANDLED)),
            Map.entry(EventAction.RETURN, Map.of(EventState.DISPATCHED, EventState.ACCEPTED,
                    EventState.RECEIVED, EventState.ACCEPTED, EventState.HANDLING, EventState.ACCEPTED)),
            Map.entry(EventAction.REQUEST_EXTENSION, Map.of(EventState.RECEIVED, EventState.RECEIVED,
                    EventState.HANDLING, EventState.HANDLING)),
            Map.entry(EventAction.APPROVE_EXTENSION, Map.of(EventState.RECEIVED, EventState.RECEIVED,
                    EventState.HANDLING, EventState.HANDLING)),
            Map.entry(EventAction.REFUSE_EXTENSION, Map.of(EventState.RECEIVED, EventState.RECEIVED,
                    EventState.HANDLING, EventState.HANDLING)),
            Map.entry(EventAction.VERIFY, Map.of(EventState.HANDLED, EventState.VERIFIED)),
            Map.entry(EventAction.FAIL_VERIFICATION, Map.of(EventState.HANDLED, EventState.DISPATCHED)),
            Map.entry(EventAction.CLOSE, Map.of(EventState.VERIFIED, EventState.CLOSED)),
            Map.entry(EventAction.REOPEN, Map.of(EventState.CLOSED, EventState.DISPATCHED)),
            Map.entry(EventAction.MERGE, Map.of(EventState.REPORTED, EventState.MERGED,
                    EventState.ACCEPTED, EventState.MERGED)),
            Map.entry(EventAction.ESCALATE, Map.of(EventState.DISPATCHED, EventState.DISPATCHED,
                    EventState.RECEIVED, EventState.DISPATCHED, EventState.HANDLING, EventState.DISPATCHED)),
            Map.entry(EventAction.SUPERVISE, Map.of(EventState.ACCEPTED, EventState.ACCEPTED,
                    EventState.DISPATCHED, EventState.DISPATCHED, EventState.RECEIVED, EventState.RECEIVED,
                    EventState.HANDLING, EventState.HANDLING, EventState.HANDLED, EventState.HANDLED,
                    EventState.VERIFIED, EventState.VERIFIED)),
            Map.entry(EventAction.REPORT, Map.of()),
            Map.entry(EventAction.DEADLINE_WARNING, Map.of()),
            Map.entry(EventAction.OVERDUE, Map.of()),
            Map.entry(EventAction.FOLLOW_MASTER, Map.of()));

    @ParameterizedTest
    @EnumSource(EventAction.class)
    void everyActionLeadsExactlyWhereTheTableSays(EventAction action) {
        Map<EventState, EventState> legal = LEGAL.get(action);
        assertThat(legal).as("expectations for %s", action).isNotNull();
        for (EventState from : EventState.values()) {
            if (legal.containsKey(from)) {
                assertThat(Lifecycle.next(from, action)).as("%s in %s", action, from).contains(legal.get(from));
            } else {
                assertThat(Lifecycle.next(from, action)).as("%s in %s", action, from).isEmpty();
            }
        }
    }

    @Test
    void finalStatesAllowNothing() {
        assertThat(Lifecycle.available(EventState.REJECTED)).isEmpty();
        assertThat(Lifecycle.available(EventState.MERGED)).isEmpty();
        assertThat(Lifecycle.available(EventState.CLOSED)).containsExactly(EventAction.REOPEN);
    }

    @Test
    void reasonsAreRequiredWhereSomeoneSaysNo() {
        Set<EventAction> needReason = EnumSet.noneOf(EventAction.class);
        for (EventAction action : EventAction.values()) {
            Lifecycle.of(action).filter(Lifecycle.Rule::reasonRequired).ifPresent(r -> needReason.add(action));
        }
        assertThat(needReason).containsExactlyInAnyOrder(EventAction.REJECT, EventAction.HANDLE, EventAction.RETURN,
                EventAction.REQUEST_EXTENSION, EventAction.REFUSE_EXTENSION, EventAction.FAIL_VERIFICATION,
                EventAction.REOPEN, EventAction.MERGE, EventAction.ESCALATE, EventAction.SUPERVISE);
    }
}
