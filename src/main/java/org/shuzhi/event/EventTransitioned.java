package org.shuzhi.event;

import java.time.Instant;

/**
 * Published after a transition of an event is committed.
 *
 * @param id     the event's number
 * @param action what was done
 * @param from   the state before
 * @param to     the state after
 * @param actor  who did it ({@code system} for automatic escalation)
 * @param at     when
 */
public record EventTransitioned(long id, EventAction action, EventState from, EventState to, String actor,
        Instant at) {
}
