package org.shuzhi.event.internal;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.shuzhi.event.EventProgress;
import org.shuzhi.event.EventQuery;
import org.shuzhi.event.EventSource;
import org.shuzhi.event.EventView;
import org.shuzhi.event.Events;
import org.shuzhi.platform.DataScope;
import org.shuzhi.platform.ScopedSql;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * {@link Events} for other modules: single events through {@link EventRepository}, lists and progress with SQL of
 * their own, every query confined to the scope in its WHERE clause.
 */
@Repository
class EventReads implements Events {

    private final JdbcClient jdbc;
    private final EventRepository events;

    EventReads(JdbcClient jdbc, EventRepository events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    @Override
    public Optional<EventView> find(long id, DataScope scope) {
        return events.find(id, scope);
    }

    @Override
    public Optional<EventView> findByKey(EventSource source, String idempotencyKey, DataScope scope) {
        return idempotencyKey == null ? Optional.empty() : events.findByKey(source, idempotencyKey, scope);
    }

    @Override
    public List<EventView> list(EventQuery query, DataScope scope) {
        ScopedSql inScope = EventRepository.scoped(scope);
        Map<String, Object> params = new LinkedHashMap<>(inScope.parameters());
        List<String> where = new ArrayList<>(List.of(inScope.sql()));
        anyOf(where, params, "id", query.ids());
        anyOf(where, params, "category_code", query.categoryCodes());
        anyOf(where, params, "state", query.states().stream().map(Enum::name).toList());
        anyOf(where, params, "source", query.sources().stream().map(Enum::name).toList());
        if (query.reportedFrom() != null) {
            where.add("reported_at >= :reported_from");
            params.put("reported_from", Timestamp.from(query.reportedFrom()));
        }
        if (query.reportedTo() != null) {
            where.add("reported_at <= :reported_to");
            params.put("reported_to", Timestamp.from(query.reportedTo()));
        }
        return jdbc.sql("select " + EventRepository.COLUMNS + " from event.event where " + String.join(" and ", where)
                        + " order by reported_at desc, id desc limit :limit")
                .params(params).param("limit", query.limit())
                .query(EventRepository::event).list();
    }

    @Override
    public Map<Long, EventProgress> progress(Collection<Long> ids, DataScope scope) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        ScopedSql inScope = ScopedSql.where(scope, "e.region_code", "e.assigned_department");
        return jdbc.sql("""
                select e.id, max(t.at) as updated_at,
                       (array_agg(t.reason order by t.at desc, t.id desc)
                            filter (where t.reason is not null))[1] as note
                  from event.event e join event.transition t on t.event_id = e.id
                 where e.id in (:ids) and\s""" + inScope.sql() + " group by e.id")
                .param("ids", List.copyOf(ids)).params(inScope.parameters())
                .query((row, i) -> new EventProgress(row.getLong("id"), row.getTimestamp("updated_at").toInstant(),
                        row.getString("note")))
                .list().stream().collect(Collectors.toMap(EventProgress::id, Function.identity()));
    }

    /** {@code column in (:column)} when {@code values} is not empty. */
    private static void anyOf(List<String> where, Map<String, Object> params, String column, Collection<?> values) {
        if (!values.isEmpty()) {
            where.add(column + " in (:" + column + ")");
            params.put(column, List.copyOf(values));
        }
    }
}
