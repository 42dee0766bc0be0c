package org.shuzhi.event.internal;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.shuzhi.event.EventSource;
import org.shuzhi.event.NewEvent;
import org.shuzhi.platform.DataScope;
import org.shuzhi.platform.ScopedSql;
import org.shuzhi.platform.Unscoped;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Writes many reports to {@code event.event} and their first timeline step to {@code event.transition} as JDBC
 * batches: one round trip for the ids, one batch of inserts, one batch of timeline rows. Ids are drawn from the
 * table's identity sequence first, so each insert's update count (1 stored, 0 idempotency key taken) maps back to
 * its report without {@code RETURNING}, and the timeline rows can be written in one batch too.
 */
@Repository
class BatchEventWriter {

    /** A report that passed validation and placement, with the id it will be stored under. */
    record Placed(long id, NewEvent report, Placement.Place place) {
    }

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    BatchEventWriter(JdbcClient jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        this.batch = new JdbcTemplate(dataSource);
    }

    /** {@code count} fresh ids from the event table's identity sequence. */
    @Unscoped("draws numbers from the event table's identity sequence; reads and writes no row")
    List<Long> newIds(int count) {
        return jdbc.sql("select nextval(pg_get_serial_sequence('event.event', 'id')) from generate_series(1, :n)")
                .param("n", count).query(Long.class).list();
    }

    /**
     * Inserts the reports in {@code REPORTED}; returns for each whether it was stored (false: its source already
     * sent its idempotency key, in this batch or before).
     *
     * @throws IllegalArgumentException when a report's region lies outside {@code scope} (callers check first)
     */
    boolean[] insert(List<Placed> reports, Instant at, DataScope scope) {
        reports.forEach(p -> {
            if (!scope.covers(p.place().regionCode())) {
                throw new IllegalArgumentException("region " + p.place().regionCode() + " is outside the scope");
            }
        });
        Timestamp stamp = Timestamp.from(at);
        int[][] counts = batch.batchUpdate("""
                insert into event.event (id, source, idempotency_key, category_code, title, description, urgency, lat,
                                         lng, address, grid_code, region_code, reporter_name, reporter_phone,
                                         reporter_account, state, reported_at)
                overriding system value
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'REPORTED', ?)
                on conflict (source, idempotency_key) where idempotency_key is not null do nothing""",
                reports, reports.size(), (ps, p) -> bindEvent(ps, p, stamp));
        boolean[] stored = new boolean[reports.size()];
        int i = 0;
        for (int[] chunk : counts) {
            for (int count : chunk) {
                stored[i++] = count == 1;
            }
        }
        return stored;
    }

    /** Appends the step {@code REPORT} to the timeline of each stored report, all inside {@code scope}. */
    void appendReported(List<Placed> stored, Instant at, String actor, String actorScope, DataScope scope) {
        Timestamp stamp = Timestamp.from(at);
        List<Placed> inScope = stored.stream().filter(p -> scope.covers(p.place().regionCode())).toList();
        batch.batchUpdate("""
                insert into event.transition (event_id, at, action, from_state, to_state, actor, actor_scope, details)
                values (?, ?, 'REPORT', null, 'REPORTED', ?, ?, cast(? as jsonb))""",
                inScope, inScope.size(), (ps, p) -> {
                    ps.setLong(1, p.id());
                    ps.setTimestamp(2, stamp);
                    ps.setString(3, actor);
                    ps.setString(4, actorScope);
                    ps.setString(5, p.place().explanation());
                });
    }

    /** The ids of earlier events of {@code source} under these idempotency keys that lie inside {@code scope}. */
    Map<String, Long> existing(EventSource source, List<String> keys, DataScope scope) {
        Map<String, Long> found = new HashMap<>();
        if (keys.isEmpty()) {
            return found;
        }
        ScopedSql inScope = EventRepository.scoped(scope);
        jdbc.sql("select idempotency_key, id from event.event where source = :source and idempotency_key in (:keys) and "
                        + inScope.sql())
                .param("source", source.name()).param("keys", keys).params(inScope.parameters())
                .query(row -> {
                    found.put(row.getString(1), row.getLong(2));
                });
        return found;
    }

    private static void bindEvent(PreparedStatement ps, Placed p, Timestamp at) throws SQLException {
        NewEvent r = p.report();
        NewEvent.Reporter reporter = r.reporter();
        ps.setLong(1, p.id());
        ps.setString(2, r.source().name());
        ps.setString(3, r.idempotencyKey());
        ps.setString(4, r.categoryCode());
        ps.setString(5, r.title());
        ps.setString(6, r.description());
        ps.setString(7, r.urgency().name());
        setDouble(ps, 8, r.lat());
        setDouble(ps, 9, r.lng());
        ps.setString(10, r.address());
        ps.setString(11, p.place().gridCode());
        ps.setString(12, p.place().regionCode());
        ps.setString(13, reporter == null ? null : reporter.name());
        ps.setString(14, reporter == null ? null : reporter.phone());
        ps.setString(15, reporter == null ? null : reporter.account());
        ps.setTimestamp(16, at);
    }

    private static void setDouble(PreparedStatement ps, int index, Double value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.DOUBLE);
        } else {
            ps.setDouble(index, value);
        }
    }
}
