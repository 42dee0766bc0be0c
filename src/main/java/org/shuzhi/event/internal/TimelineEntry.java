package org.shuzhi.event.internal;

import java.time.Instant;

import org.shuzhi.event.EventAction;
import org.shuzhi.event.EventState;
import org.shuzhi.privacy.FieldType;
import org.shuzhi.privacy.Personal;

/**
 * One step of an event's timeline (流转记录).
 *
 * @param at      when
 * @param action  what was done
 * @param from    the state before ({@code null} for the report itself, {@link EventAction#REPORT})
 * @param to      the state after
 * @param actor   who did it ({@code system} for automatic steps)
 * @param reason  why, as the actor wrote it (identifiers in it are masked on output)
 * @param details what else the step decided, as JSON text (dispatch target, new deadline …), or {@code null}
 */
record TimelineEntry(Instant at, EventAction action, EventState from, EventState to, String actor,
        @Personal(FieldType.FREE_TEXT) String reason, String details) {
}
