package org.shuzhi.event;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.shuzhi.platform.DataScope;

/** Read access to events, always within a scope. */
public interface Events {

    /** The event with this number if it lies inside {@code scope}. */
    Optional<EventView> find(long id, DataScope scope);

    /** The event {@code source} reported with this idempotency key, if it lies inside {@code scope}. */
    Optional<EventView> findByKey(EventSource source, String idempotencyKey, DataScope scope);

    /** The events inside {@code scope} that match {@code query}, newest first, at most {@code query.limit()}. */
    List<EventView> list(EventQuery query, DataScope scope);

    /** The progress of those of these events that lie inside {@code scope}, by event number. */
    Map<Long, EventProgress> progress(Collection<Long> ids, DataScope scope);
}
