package org.shuzhi.event.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.shuzhi.event.EventView;
import org.shuzhi.platform.Unscoped;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The deadline watch's queries on {@code event.event}. Claims lock one row with {@code for update skip locked}, so
 * that several instances of the platform share the work without ever taking the same event twice; the claimed
 * event is handled in the claiming transaction, after which it no longer matches.
 */
@Repository
@Unscoped("the deadline watch is system work over every jurisdiction, acting for nobody in particular")
class WatchRepository {

    private static final String WITH_HANDLER = "state in ('DISPATCHED', 'RECEIVED', 'HANDLING')";

    private final JdbcClient jdbc;

    WatchRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * An event with a deadline whose warning instant is not planned yet.
     *
     * @param event    the event
     * @param dueFrom  when its deadline started to run
     */
    record Unplanned(EventView event, Instant dueFrom) {
    }

    /** Up to {@code limit} running deadlines without a planned warning, earliest due first. */
    List<Unplanned> unplanned(int limit) {
        return jdbc.sql("select " + EventRepository.COLUMNS + """
                        , coalesce(due_from, dispatched_at, reported_at) as deadline_start
                          from event.event
                         where warn_at is null and warned_at is null and not overdue and due_at is not null
                           and\s""" + WITH_HANDLER + " order by due_at limit :limit")
                .param("limit", limit)
                .query((row, i) -> new Unplanned(EventRepository.event(row, i),
                        row.getTimestamp("deadline_start").toInstant()))
                .list();
    }

    /** Plans the warning of event {@code id} unless its deadline changed meanwhile. */
    void planWarning(long id, Instant dueAt, Instant warnAt) {
        jdbc.sql("update event.event set warn_at = :warnAt where id = :id and due_at = :due and warn_at is null")
                .param("warnAt", Timestamp.from(warnAt)).param("id", id).param("due", Timestamp.from(dueAt))
                .update();
    }

    /** Locks one event whose warning is due at {@code now} and not given, skipping {@code skip}. */
    Optional<EventView> claimWarning(Instant now, Collection<Long> skip) {
        return claim("""
                warned_at is null and warn_at <= :now and due_at >= :now and not overdue and\s""" + WITH_HANDLER,
                "warn_at", now, skip);
    }

    /** Locks one event with a handler past its deadline and not yet marked overdue, skipping {@code skip}. */
    Optional<EventView> claimOverdue(Instant now, Collection<Long> skip) {
        return claim("due_at < :now and not overdue and " + WITH_HANDLER, "due_at", now, skip);
    }

    /** Records the warning; the version stays, as nothing a handler decides on has changed. */
    void markWarned(long id, Instant at) {
        jdbc.sql("update event.event set warned_at = :at where id = :id")
                .param("at", Timestamp.from(at)).param("id", id).update();
    }

    /** Flags the event overdue (a visible change: the version moves on). */
    void markOverdue(long id) {
        jdbc.sql("update event.event set overdue = true, version = version + 1 where id = :id")
                .param("id", id).update();
    }

    private Optional<EventView> claim(String condition, String order, Instant now, Collection<Long> skip) {
        List<Long> excluded = new ArrayList<>(skip);
        excluded.add(-1L); // never empty: "in ()" is not SQL
        return jdbc.sql("select " + EventRepository.COLUMNS + " from event.event where " + condition
                        + " and id not in (:skip) order by " + order + ", id limit 1 for update skip locked")
                .param("now", Timestamp.from(now)).param("skip", excluded)
                .query(EventRepository::event).optional();
    }
}
