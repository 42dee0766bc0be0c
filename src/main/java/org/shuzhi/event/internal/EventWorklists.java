package org.shuzhi.event.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.shuzhi.event.EventView;
import org.shuzhi.platform.DataScope;
import org.shuzhi.platform.ScopedSql;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The work lists of the pages, each in the order its users work through it and confined to the caller's scope:
 * the dispatcher's queue (调度台), a handler's tasks (待办) and an inspector's own events.
 */
@Repository
class EventWorklists {

    /** The most rows one list shows; older work waits on the next look. */
    static final int LIMIT = 200;

    private final JdbcClient jdbc;

    EventWorklists(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Events waiting for acceptance or dispatch, oldest first — the longer it waits, the sooner it is done. */
    List<EventView> queue(DataScope scope) {
        return select("state in ('REPORTED', 'ACCEPTED')", Map.of(), "reported_at, id", scope);
    }

    /**
     * Events with a handler — dispatched, received or being handled — assigned to {@code department}, or when that
     * is {@code null} to the level of {@code regionCode} without a department; the nearest deadline first.
     */
    List<EventView> tasks(String department, String regionCode, DataScope scope) {
        String whose = department != null ? "assigned_department = :whose"
                : "assigned_region_code = :whose and assigned_department is null";
        return select("state in ('DISPATCHED', 'RECEIVED', 'HANDLING') and " + whose,
                Map.of("whose", department != null ? department : regionCode), "due_at nulls last, id", scope);
    }

    /**
     * An inspector's events: those they reported, and those of their grids that wait at the grid level — with a
     * handler there, or handled and waiting for verification on site (核查). Newest first.
     */
    List<EventView> inspector(String username, Set<String> gridCodes, DataScope scope) {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("me", username);
        String grids = "false";
        if (!gridCodes.isEmpty()) {
            grids = "(grid_code in (:grids) and (state = 'HANDLED' or (handling_level = 'GRID'"
                    + " and state in ('DISPATCHED', 'RECEIVED', 'HANDLING'))))";
            params.put("grids", List.copyOf(gridCodes));
        }
        return select("(reporter_account = :me or " + grids + ")", params, "reported_at desc, id desc", scope);
    }

    private List<EventView> select(String condition, Map<String, Object> params, String order, DataScope scope) {
        ScopedSql inScope = EventRepository.scoped(scope);
        return jdbc.sql("select " + EventRepository.COLUMNS + " from event.event where " + inScope.sql() + " and "
                        + condition + " order by " + order + " limit " + LIMIT)
                .params(inScope.parameters()).params(params)
                .query(EventRepository::event).list();
    }
}
