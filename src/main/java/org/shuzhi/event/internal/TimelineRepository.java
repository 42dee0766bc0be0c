package org.shuzhi.event.internal;

import java.sql.Timestamp;
import java.util.List;

import org.shuzhi.event.EventAction;
import org.shuzhi.event.EventState;
import org.shuzhi.platform.DataScope;
import org.shuzhi.platform.ScopedSql;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Table {@code event.transition}, reached only through an event inside the scope. */
@Repository
class TimelineRepository {

    private final JdbcClient jdbc;

    TimelineRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Appends a step to the timeline of event {@code id}; writes nothing unless the event lies inside {@code scope}. */
    boolean append(long id, TimelineEntry entry, String actorScope, DataScope scope) {
        ScopedSql inScope = ScopedSql.where(scope, "e.region_code", "e.assigned_department");
        return jdbc.sql("""
                insert into event.transition (event_id, at, action, from_state, to_state, actor, actor_scope, reason,
                                              details)
                select e.id, :at, :action, :from, :to, :actor, :actorScope, :reason, cast(:details as jsonb)
                  from event.event e where e.id = :id and\s""" + inScope.sql())
                .param("id", id)
                .param("at", Timestamp.from(entry.at()))
                .param("action", entry.action().name())
                .param("from", entry.from() == null ? null : entry.from().name())
                .param("to", entry.to().name())
                .param("actor", entry.actor())
                .param("actorScope", actorScope)
                .param("reason", entry.reason())
                .param("details", entry.details())
                .params(inScope.parameters())
                .update() == 1;
    }

    /** The timeline of event {@code id}, oldest first; empty when the event lies outside {@code scope}. */
    List<TimelineEntry> timeline(long id, DataScope scope) {
        ScopedSql inScope = ScopedSql.where(scope, "e.region_code", "e.assigned_department");
        return jdbc.sql("""
                select t.at, t.action, t.from_state, t.to_state, t.actor, t.reason, t.details::text as details
                  from event.transition t join event.event e on e.id = t.event_id
                 where t.event_id = :id and\s""" + inScope.sql() + " order by t.at, t.id")
                .param("id", id).params(inScope.parameters())
                .query((row, i) -> new TimelineEntry(row.getTimestamp("at").toInstant(),
                        EventAction.valueOf(row.getString("action")),
                        row.getString("from_state") == null ? null : EventState.valueOf(row.getString("from_state")),
                        EventState.valueOf(row.getString("to_state")), row.getString("actor"), row.getString("reason"),
                        row.getString("details")))
                .list();
    }
}
