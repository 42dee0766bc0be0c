package org.shuzhi.event.internal;

import java.time.Instant;
import java.util.Optional;

import org.shuzhi.event.Category;
import org.shuzhi.event.EventView;
import org.shuzhi.event.HandlingLevel;

/** Decides where events go: by the dispatch rules, by a dispatcher's choice, and one level up when escalating. */
interface DispatchPlanner {

    /**
     * Where {@code event} goes now: to {@code level} (and {@code department}) when the dispatcher chose them,
     * else where the rules say.
     */
    Dispatch plan(EventView event, Category category, HandlingLevel level, String department, Instant at);

    /** One level up from where the event is now; empty when it is already at the top. */
    Optional<Dispatch> escalate(EventView event, Category category, Instant at);
}
