package org.shuzhi.audit.internal;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.shuzhi.audit.AuditQuery;
import org.shuzhi.platform.DataScope;
import org.shuzhi.platform.ScopedSql;

/**
 * The WHERE clause of an audit search: the caller's scope on the actor's scope label and department, then each
 * filter the query sets. Every value is bound; only column names (constants here) are part of the SQL. Each
 * predicate has an index ending in {@code seq} (migration V302), so the newest page is a short index walk.
 */
final class AuditFilter {

    private final List<String> conditions;
    private final Map<String, Object> parameters;

    private AuditFilter(List<String> conditions, Map<String, Object> parameters) {
        this.conditions = List.copyOf(conditions);
        this.parameters = Map.copyOf(parameters);
    }

    /** The scope and the query's filters, without its page cursor. */
    static AuditFilter of(AuditQuery query, DataScope scope) {
        ScopedSql scoped = ScopedSql.where(scope, "actor_scope", "actor_department");
        AuditFilter filter = new AuditFilter(List.of(scoped.sql()), scoped.parameters());
        if (query.from() != null) {
            filter = filter.and("recorded_at >= :from", "from", query.from().atOffset(ZoneOffset.UTC));
        }
        if (query.to() != null) {
            filter = filter.and("recorded_at < :to", "to", query.to().atOffset(ZoneOffset.UTC));
        }
        if (query.actor() != null) {
            filter = filter.and("actor = :actor", "actor", query.actor());
        }
        if (query.actionPrefix() != null) {
            // a byte-wise range instead of LIKE, so that the "C"-collated index serves it whatever the plan
            String prefix = query.actionPrefix();
            filter = filter.and("action collate \"C\" >= :action_low", "action_low", prefix)
                    .and("action collate \"C\" < :action_high", "action_high", upperBound(prefix));
        }
        if (query.target() != null) {
            filter = filter.and("target = :target", "target", query.target());
        }
        if (query.outcome() != null) {
            filter = filter.and("outcome = :outcome", "outcome", query.outcome().name());
        }
        if (query.requestId() != null) {
            filter = filter.and("request_id = :request_id", "request_id", query.requestId());
        }
        return filter;
    }

    /** This filter and one more condition with its single parameter. */
    AuditFilter and(String condition, String parameter, Object value) {
        List<String> more = new ArrayList<>(conditions);
        more.add(condition);
        Map<String, Object> bound = new LinkedHashMap<>(parameters);
        bound.put(parameter, value);
        return new AuditFilter(more, bound);
    }

    String sql() {
        return String.join(" and ", conditions);
    }

    Map<String, Object> parameters() {
        return parameters;
    }

    /** The least string above every string starting with {@code prefix} (ASCII action names: last char + 1). */
    static String upperBound(String prefix) {
        char last = prefix.charAt(prefix.length() - 1);
        return prefix.substring(0, prefix.length() - 1) + (char) (last + 1);
    }
}
