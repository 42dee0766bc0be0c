package org.shuzhi.event.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.shuzhi.event.EventSource;
import org.shuzhi.event.EventState;
import org.shuzhi.event.EventView;
import org.shuzhi.platform.DataScope;
import org.shuzhi.platform.ScopedSql;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Lists of events inside a scope, filtered and paged in SQL (so counts and pages stay right). */
@Repository
class EventSearch {

    /**
     * Filters; {@code null} means any.
     *
     * @param states       any of these states (empty: any)
     * @param categoryCode a category or any of its descendants (code prefix)
     * @param source       one source
     * @param regionCode   a region code prefix inside the scope
     * @param gridCode     one grid
     * @param department   one assigned department
     * @param overdue      only overdue (true) or only not overdue (false)
     * @param supervised   only supervised by a leader, 督办 (true) or only not supervised (false)
     * @param from         reported at or after
     * @param to           reported before
     */
    record Filter(List<EventState> states, String categoryCode, EventSource source, String regionCode,
            String gridCode, String department, Boolean overdue, Boolean supervised, Instant from, Instant to) {
    }

    /**
     * One page of a list, with the number of matching events counted up to {@link #COUNT_LIMIT}.
     *
     * @param total       the matching events, at most {@link #COUNT_LIMIT}
     * @param totalCapped true when more than {@code total} match (counting stopped there, as the audit search does)
     */
    record Page(long total, boolean totalCapped, int page, int size, List<EventView> items) {
    }

    /**
     * Totals are exact up to this many events: counting every match of a county's millions costs seconds on every
     * page turn (docs/BENCHMARKS.md), and nobody pages through more than ten thousand events.
     */
    static final long COUNT_LIMIT = 10_000;

    private final JdbcClient jdbc;

    EventSearch(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Page {@code page} (0-based) of {@code size} events matching {@code filter} inside {@code scope}, newest first. */
    Page search(Filter filter, int page, int size, DataScope scope) {
        DataScope narrowed = filter.regionCode() == null ? scope : scope.narrowTo(filter.regionCode());
        ScopedSql inScope = EventRepository.scoped(narrowed);
        Map<String, Object> params = new LinkedHashMap<>(inScope.parameters());
        List<String> where = new ArrayList<>(List.of(inScope.sql()));
        if (!filter.states().isEmpty()) {
            where.add("state in (:states)");
            params.put("states", filter.states().stream().map(Enum::name).toList());
        }
        if (filter.categoryCode() != null) {
            where.add("category_code collate \"C\" >= :category and category_code collate \"C\" < :category || ':'");
            params.put("category", filter.categoryCode());
        }
        condition(where, params, "source", filter.source() == null ? null : filter.source().name());
        condition(where, params, "grid_code", filter.gridCode());
        condition(where, params, "assigned_department", filter.department());
        condition(where, params, "overdue", filter.overdue());
        condition(where, params, "supervised", filter.supervised());
        if (filter.from() != null) {
            where.add("reported_at >= :from");
            params.put("from", Timestamp.from(filter.from()));
        }
        if (filter.to() != null) {
            where.add("reported_at < :to");
            params.put("to", Timestamp.from(filter.to()));
        }
        String condition = String.join(" and ", where);
        long counted = jdbc.sql("select count(*) from (select 1 from event.event where " + condition
                        + " limit :countLimit) m").params(params).param("countLimit", COUNT_LIMIT + 1)
                .query(Long.class).single();
        List<EventView> items = jdbc.sql("select " + EventRepository.COLUMNS + " from event.event where " + condition
                        + " order by reported_at desc, id desc limit :limit offset :offset")
                .params(params).param("limit", size).param("offset", (long) page * size)
                .query(EventRepository::event).list();
        return new Page(Math.min(counted, COUNT_LIMIT), counted > COUNT_LIMIT, page, size, items);
    }

    private static void condition(List<String> where, Map<String, Object> params, String column, Object value) {
        if (value != null) {
            where.add(column + " = :" + column);
            params.put(column, value);
        }
    }
}
