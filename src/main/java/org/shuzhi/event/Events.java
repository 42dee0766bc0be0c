package org.shuzhi.event;

import java.util.Optional;

import org.shuzhi.platform.DataScope;

/** Read access to events, always within a scope. */
public interface Events {

    /** The event with this number if it lies inside {@code scope}. */
    Optional<EventView> find(long id, DataScope scope);
}
