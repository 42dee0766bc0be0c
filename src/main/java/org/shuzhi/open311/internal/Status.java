package org.shuzhi.open311.internal;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

import org.shuzhi.event.EventState;

/**
 * GeoReport's two statuses: an event is {@code closed} once closed (结案), rejected (不予立案) or merged into
 * another; in every other state it is {@code open} (a closed event that is reopened is open again).
 */
final class Status {

    static final String OPEN = "open";
    static final String CLOSED = "closed";

    private static final Set<EventState> CLOSED_STATES = EnumSet.of(EventState.CLOSED, EventState.REJECTED,
            EventState.MERGED);

    private Status() {
    }

    /** The status of an event in this state. */
    static String of(EventState state) {
        return CLOSED_STATES.contains(state) ? CLOSED : OPEN;
    }

    /** The event states of a status; 400 for anything but {@code open} and {@code closed}. */
    static Set<EventState> states(String status) {
        return switch (status.strip().toLowerCase(Locale.ROOT)) {
            case OPEN -> EnumSet.complementOf(EnumSet.copyOf(CLOSED_STATES));
            case CLOSED -> EnumSet.copyOf(CLOSED_STATES);
            default -> throw Open311Error.badRequest("open311.error.status", status);
        };
    }
}
