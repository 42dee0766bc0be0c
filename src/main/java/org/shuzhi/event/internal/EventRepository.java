package org.shuzhi.event.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.shuzhi.event.EventSource;
import org.shuzhi.event.EventState;
import org.shuzhi.event.EventView;
import org.shuzhi.event.HandlingLevel;
import org.shuzhi.event.NewEvent;
import org.shuzhi.event.Urgency;
import org.shuzhi.platform.DataScope;
import org.shuzhi.platform.ScopedSql;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Table {@code event.event}. Every read and write is confined to a scope on the event's region and its handling
 * department ({@link ScopedSql}); an event outside the scope is simply not found.
 */
@Repository
class EventRepository {

    static final String COLUMNS = """
            id, source, category_code, title, description, urgency, lat, lng, address, grid_code, region_code,
            reporter_name, reporter_phone, reporter_account, state, handling_level, assigned_region_code,
            assigned_department, dispatch_explanation, master_id, reported_at, due_at, overdue, supervised,
            extension_requested, extension_limit, returns, reopens, escalations, version""";

    private final JdbcClient jdbc;

    EventRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Stores a new event in {@code REPORTED} together with the first step of its timeline, in one statement, and
     * answers with the stored row; empty when the source already sent this idempotency key.
     *
     * @param first      the {@link org.shuzhi.event.EventAction#REPORT} step
     * @param actorScope the reporter's scope as audit text, for the timeline
     * @throws IllegalArgumentException when the region lies outside {@code scope} (callers check first)
     */
    Optional<EventView> insert(NewEvent report, String gridCode, String regionCode, TimelineEntry first,
            String actorScope, DataScope scope) {
        if (!scope.covers(regionCode)) {
            throw new IllegalArgumentException("region " + regionCode + " is outside the reporter's scope");
        }
        NewEvent.Reporter reporter = report.reporter();
        // one round trip instead of three: insert, first timeline step, and the row to answer with
        return jdbc.sql("""
                with stored as (
                    insert into event.event (source, idempotency_key, category_code, title, description, urgency, lat,
                                             lng, address, grid_code, region_code, reporter_name, reporter_phone,
                                             reporter_account, state, reported_at)
                    values (:source, :key, :category, :title, :description, :urgency, :lat, :lng, :address, :grid,
                            :region, :name, :phone, :account, 'REPORTED', :at)
                    on conflict (source, idempotency_key) where idempotency_key is not null do nothing
                    returning %1$s),
                step as (
                    insert into event.transition (event_id, at, action, from_state, to_state, actor, actor_scope,
                                                  details)
                    select id, :at, 'REPORT', null, 'REPORTED', :actor, :actorScope, cast(:details as jsonb)
                      from stored)
                select %1$s from stored""".formatted(COLUMNS))
                .param("source", report.source().name())
                .param("key", report.idempotencyKey())
                .param("category", report.categoryCode())
                .param("title", report.title())
                .param("description", report.description())
                .param("urgency", report.urgency().name())
                .param("lat", report.lat())
                .param("lng", report.lng())
                .param("address", report.address())
                .param("grid", gridCode)
                .param("region", regionCode)
                .param("name", reporter == null ? null : reporter.name())
                .param("phone", reporter == null ? null : reporter.phone())
                .param("account", reporter == null ? null : reporter.account())
                .param("at", Timestamp.from(first.at()))
                .param("actor", first.actor())
                .param("actorScope", actorScope)
                .param("details", first.details())
                .query(EventRepository::event)
                .optional();
    }

    /** The event a source sent with this idempotency key, if it lies inside {@code scope}. */
    Optional<EventView> findByKey(EventSource source, String key, DataScope scope) {
        ScopedSql inScope = scoped(scope);
        return jdbc.sql("select " + COLUMNS + " from event.event where source = :source and idempotency_key = :key and "
                        + inScope.sql())
                .param("source", source.name()).param("key", key).params(inScope.parameters())
                .query(EventRepository::event).optional();
    }

    /** The event with this id if it lies inside {@code scope}. */
    Optional<EventView> find(long id, DataScope scope) {
        return select(id, scope, "");
    }

    /** As {@link #find}, and locks the row until the end of the transaction. */
    Optional<EventView> lock(long id, DataScope scope) {
        return select(id, scope, " for update");
    }

    /**
     * Writes a draft back if the event is unchanged since it was read and still inside {@code scope}; stamps the
     * time of reaching a milestone state, and a new deadline's start (clearing the deadline watch's warning, which
     * belonged to the old one). Returns false when somebody else changed it first.
     */
    boolean update(EventDraft draft, Instant at, DataScope scope) {
        ScopedSql inScope = scoped(scope);
        return jdbc.sql("""
                update event.event set state = :state, handling_level = :level,
                       assigned_region_code = :assignedRegion, assigned_department = :department,
                       dispatch_explanation = :explanation, master_id = :master, due_at = :due, overdue = :overdue,
                       supervised = :supervised, extension_requested = :extension,
                       extension_limit = :extensionLimit, returns = :returns,
                       reopens = :reopens, escalations = :escalations, version = version + 1,
                       due_from = case when due_at is distinct from :due then :at else due_from end,
                       warn_at = case when due_at is distinct from :due then null else warn_at end,
                       warned_at = case when due_at is distinct from :due then null else warned_at end,
                       accepted_at = case when :state = 'ACCEPTED' then coalesce(accepted_at, :at) else accepted_at end,
                       dispatched_at = case when :state = 'DISPATCHED' then :at else dispatched_at end,
                       handled_at = case when :state = 'HANDLED' then :at else handled_at end,
                       closed_at = case when :state in ('CLOSED', 'REJECTED', 'MERGED') then :at
                                        when :state = 'DISPATCHED' then null else closed_at end
                 where id = :id and version = :version and\s""" + inScope.sql())
                .param("state", draft.state.name())
                .param("level", draft.level == null ? null : draft.level.name())
                .param("assignedRegion", draft.assignedRegionCode)
                .param("department", draft.assignedDepartment)
                .param("explanation", draft.dispatchExplanation)
                .param("master", draft.masterId)
                .param("due", draft.dueAt == null ? null : Timestamp.from(draft.dueAt))
                .param("overdue", draft.overdue)
                .param("supervised", draft.supervised)
                .param("extension", draft.extensionRequested)
                .param("extensionLimit", draft.extensionLimit)
                .param("returns", draft.returns)
                .param("reopens", draft.reopens)
                .param("escalations", draft.escalations)
                .param("at", Timestamp.from(at))
                .param("id", draft.id)
                .param("version", draft.version())
                .params(inScope.parameters())
                .update() == 1;
    }

    /** The events merged into {@code masterId} that lie inside {@code scope}. */
    List<EventView> merged(long masterId, DataScope scope) {
        ScopedSql inScope = scoped(scope);
        return jdbc.sql("select " + COLUMNS + " from event.event where master_id = :master and " + inScope.sql()
                        + " order by id")
                .param("master", masterId).params(inScope.parameters())
                .query(EventRepository::event).list();
    }

    private Optional<EventView> select(long id, DataScope scope, String suffix) {
        ScopedSql inScope = scoped(scope);
        return jdbc.sql("select " + COLUMNS + " from event.event where id = :id and " + inScope.sql() + suffix)
                .param("id", id).params(inScope.parameters())
                .query(EventRepository::event).optional();
    }

    static ScopedSql scoped(DataScope scope) {
        return ScopedSql.where(scope, "region_code", "assigned_department");
    }

    static EventView event(ResultSet row, int rowNumber) throws SQLException {
        String level = row.getString("handling_level");
        return new EventView(row.getLong("id"), EventSource.valueOf(row.getString("source")),
                row.getString("category_code"), row.getString("title"), row.getString("description"),
                Urgency.valueOf(row.getString("urgency")), (Double) row.getObject("lat"), (Double) row.getObject("lng"),
                row.getString("address"), row.getString("grid_code"), row.getString("region_code"),
                row.getString("reporter_name"), row.getString("reporter_phone"), row.getString("reporter_account"),
                EventState.valueOf(row.getString("state")), level == null ? null : HandlingLevel.valueOf(level),
                row.getString("assigned_region_code"), row.getString("assigned_department"),
                row.getString("dispatch_explanation"), (Long) row.getObject("master_id"),
                instant(row, "reported_at"), instant(row, "due_at"), row.getBoolean("overdue"),
                row.getBoolean("supervised"), row.getBoolean("extension_requested"), row.getString("extension_limit"),
                row.getInt("returns"),
                row.getInt("reopens"), row.getInt("escalations"), row.getInt("version"));
    }

    private static Instant instant(ResultSet row, String column) throws SQLException {
        Timestamp t = row.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
