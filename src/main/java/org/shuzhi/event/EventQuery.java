package org.shuzhi.event;

import java.time.Instant;
import java.util.Set;

/**
 * Which events to list with {@link Events#list}; an empty set or {@code null} instant means any.
 *
 * @param ids           only these event numbers
 * @param categoryCodes only these categories (exact codes)
 * @param states        only these states
 * @param sources       only events from these sources
 * @param reportedFrom  reported at or after
 * @param reportedTo    reported at or before (inclusive)
 * @param limit         at most this many events, 1 to {@value #MAX_LIMIT}
 */
public record EventQuery(Set<Long> ids, Set<String> categoryCodes, Set<EventState> states, Set<EventSource> sources,
        Instant reportedFrom, Instant reportedTo, int limit) {

    /** The most events one list may hold. */
    public static final int MAX_LIMIT = 10_000;

    public EventQuery {
        ids = ids == null ? Set.of() : Set.copyOf(ids);
        categoryCodes = categoryCodes == null ? Set.of() : Set.copyOf(categoryCodes);
        states = states == null ? Set.of() : Set.copyOf(states);
        sources = sources == null ? Set.of() : Set.copyOf(sources);
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be 1 to " + MAX_LIMIT + ": " + limit);
        }
    }
}
