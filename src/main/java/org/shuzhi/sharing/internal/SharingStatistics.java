package org.shuzhi.sharing.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.shuzhi.platform.DataScope;
import org.shuzhi.platform.ScopedSql;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Figures behind the statistics page: calls by provider, consumer and resource and over time, applications and
 * grants by state — always of the records on either side of the caller's scope.
 */
@Repository
class SharingStatistics {

    /** One count under a label. */
    record Count(String key, long count) {
    }

    /** Calls in one time bucket, with how many were refused or failed. */
    record Bucket(Instant at, long calls, long refused) {
    }

    /** Everything the page shows. */
    record Figures(Instant from, Instant to, String bucket, long calls, List<Count> byProvider, List<Count> byConsumer,
            List<Count> byResource, List<Bucket> overTime, List<Count> applications, List<Count> grants) {
    }

    private static final Map<String, String> GROUPS = Map.of(
            "provider", "coalesce(provider_department, '—')",
            "consumer", "coalesce(consumer_department, consumer)",
            "resource", "entry_code");

    private final JdbcClient jdbc;

    SharingStatistics(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Figures figures(Instant from, Instant to, String bucket, DataScope scope) {
        String unit = List.of("minute", "hour", "day").contains(bucket) ? bucket : "hour";
        ScopedSql where = Sides.EITHER.where(scope, null);
        String calls = " from sharing.call where at >= :from and at < :to and " + where.sql();
        long total = jdbc.sql("select count(*)" + calls).params(where.parameters()).param("from", Timestamp.from(from))
                .param("to", Timestamp.from(to)).query(Long.class).single();
        List<Bucket> series = jdbc.sql("select date_trunc('" + unit + "', at) as t, count(*) as n, "
                        + "count(*) filter (where status >= 400) as refused" + calls + " group by 1 order by 1")
                .params(where.parameters()).param("from", Timestamp.from(from)).param("to", Timestamp.from(to))
                .query((rs, i) -> new Bucket(rs.getTimestamp("t").toInstant(), rs.getLong("n"), rs.getLong("refused")))
                .list();
        return new Figures(from, to, unit, total, grouped("provider", calls, where, from, to),
                grouped("consumer", calls, where, from, to), grouped("resource", calls, where, from, to), series,
                counts("select state as k, count(*) as n from sharing.application where " + where.sql()
                        + " group by 1 order by 1", where, to),
                counts("select case when valid_until <= :to then 'EXPIRED' else 'ACTIVE' end as k, count(*) as n "
                        + "from sharing.access_grant where " + where.sql() + " group by 1 order by 1", where, to));
    }

    private List<Count> grouped(String group, String calls, ScopedSql where, Instant from, Instant to) {
        return jdbc.sql("select " + GROUPS.get(group) + " as k, count(*) as n" + calls + " group by 1 order by 2 desc, 1 limit 20")
                .params(where.parameters()).param("from", Timestamp.from(from)).param("to", Timestamp.from(to))
                .query((rs, i) -> new Count(rs.getString("k"), rs.getLong("n"))).list();
    }

    private List<Count> counts(String sql, ScopedSql where, Instant to) {
        var spec = jdbc.sql(sql).params(where.parameters());
        if (sql.contains(":to")) {
            spec = spec.param("to", Timestamp.from(to));
        }
        return spec.query((rs, i) -> new Count(rs.getString("k"), rs.getLong("n"))).list();
    }
}
