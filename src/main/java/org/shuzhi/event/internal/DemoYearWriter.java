package org.shuzhi.event.internal;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.shuzhi.platform.DataScope;
import org.shuzhi.platform.ScopedSql;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Writes generated events and their timelines with PostgreSQL {@code COPY} (text format), inside the caller's
 * transaction — tens of thousands of rows a second where single inserts would take minutes. Events get ids from
 * the table's identity sequence first so their timeline rows can name them.
 */
@Repository
class DemoYearWriter {

    static final String KEY_PREFIX = "demo-year-";

    private final JdbcClient jdbc;
    private final DataSource dataSource;

    DemoYearWriter(JdbcClient jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
    }

    /** How many generated demo events lie inside {@code scope}. */
    long count(DataScope scope) {
        ScopedSql inScope = EventRepository.scoped(scope);
        return jdbc.sql("select count(*) from event.event where idempotency_key like :prefix and " + inScope.sql())
                .param("prefix", KEY_PREFIX + "%").params(inScope.parameters()).query(Long.class).single();
    }

    /** Gives each event an id and writes them, with their timelines when {@code timeline}; returns the step count. */
    long write(List<EventLife> lives, boolean timeline, DataScope scope) {
        for (EventLife life : lives) {
            if (!scope.covers(life.regionCode)) {
                throw new IllegalArgumentException("region " + life.regionCode + " is outside the scope");
            }
        }
        List<Long> ids = jdbc.sql("select nextval(pg_get_serial_sequence('event.event', 'id')) from generate_series(1, :n)")
                .param("n", lives.size()).query(Long.class).list();
        StringBuilder events = new StringBuilder(lives.size() * 400);
        StringBuilder steps = new StringBuilder(timeline ? lives.size() * 900 : 0);
        long stepCount = 0;
        for (int i = 0; i < lives.size(); i++) {
            EventLife life = lives.get(i);
            life.id = ids.get(i);
            row(events, life.id, life.source, life.key, life.categoryCode, life.title, life.title + "（演示年度数据）",
                    life.urgency, life.lat, life.lng, life.gridCode, life.regionCode, life.reporterPhone,
                    life.reporterAccount, life.state, life.level, life.assignedRegionCode, life.assignedDepartment,
                    life.dispatchExplanation, life.reportedAt, life.acceptedAt, life.dispatchedAt, life.handledAt,
                    life.closedAt, life.dueAt, life.overdue, life.returns, life.reopens, life.version());
            if (timeline) {
                for (int s = 0; s < life.steps.size(); s++) {
                    TimelineEntry step = life.steps.get(s);
                    row(steps, life.id, step.at(), step.action(), step.from(), step.to(), step.actor(),
                            life.stepScopes.get(s), step.reason(), step.details());
                    stepCount++;
                }
            }
        }
        copy("""
                copy event.event (id, source, idempotency_key, category_code, title, description, urgency, lat, lng,
                  grid_code, region_code, reporter_phone, reporter_account, state, handling_level,
                  assigned_region_code, assigned_department, dispatch_explanation, reported_at, accepted_at,
                  dispatched_at, handled_at, closed_at, due_at, overdue, returns, reopens, version) from stdin""",
                events);
        if (timeline) {
            copy("""
                    copy event.transition (event_id, at, action, from_state, to_state, actor, actor_scope, reason,
                      details) from stdin""", steps);
        }
        return stepCount;
    }

    private void copy(String sql, StringBuilder rows) {
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            connection.unwrap(PGConnection.class).getCopyAPI().copyIn(sql, new StringReader(rows.toString()));
        } catch (SQLException e) {
            throw new IllegalStateException("COPY failed: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    /** Appends one row in COPY's text format: tab-separated, {@code \N} for null, specials escaped. */
    private static void row(StringBuilder out, Object... values) {
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                out.append('\t');
            }
            Object value = values[i];
            if (value == null) {
                out.append("\\N");
            } else if (value instanceof Instant instant) {
                out.append(instant);
            } else {
                escape(out, value.toString());
            }
        }
        out.append('\n');
    }

    private static void escape(StringBuilder out, String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                default -> out.append(c);
            }
        }
    }
}
